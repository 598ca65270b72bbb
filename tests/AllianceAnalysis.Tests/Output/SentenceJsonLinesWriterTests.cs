using System.Text.Json;
using AllianceAnalysis.Output;

namespace AllianceAnalysis.Tests.Output;

public class SentenceJsonLinesWriterTests
{
    private const string Text = "Defining the Alliance\nIs Iran an ally?\n- trade\nPhoto: Kremlin press.";

    private static readonly Document Article = new("a.md", Text);

    [Fact]
    public void Writes_each_sentence_with_its_text_kind_question_flag_and_boilerplate()
    {
        Sentence[] sentences =
        [
            new(0, new TextSpan(0, 21), SentenceKind.Heading, BoilerplateKind.None),
            new(1, new TextSpan(22, 38), SentenceKind.Body, BoilerplateKind.None) { IsQuestion = true },
            new(2, new TextSpan(39, 46), SentenceKind.ListItem, BoilerplateKind.None),
            new(3, new TextSpan(47, 68), SentenceKind.Body, BoilerplateKind.Caption),
        ];
        var writer = new StringWriter();

        SentenceJsonLinesWriter.Write(writer, Article, sentences);

        writer.ToString().Should().Be(
            """{"start":0,"end":21,"text":"Defining the Alliance","kind":"heading","question":false,"boilerplate":null}""" + "\n"
            + """{"start":22,"end":38,"text":"Is Iran an ally?","kind":"body","question":true,"boilerplate":null}""" + "\n"
            + """{"start":39,"end":46,"text":"- trade","kind":"list-item","question":false,"boilerplate":null}""" + "\n"
            + """{"start":47,"end":68,"text":"Photo: Kremlin press.","kind":"body","question":false,"boilerplate":"caption"}""" + "\n");
    }

    [Theory]
    [InlineData(BoilerplateKind.Caption, "caption")]
    [InlineData(BoilerplateKind.AuthorProfile, "author-profile")]
    [InlineData(BoilerplateKind.SharePrompt, "share-prompt")]
    [InlineData(BoilerplateKind.TrailingHeadline, "trailing-headline")]
    public void Boilerplate_kinds_are_kebab_case(BoilerplateKind kind, string expected)
    {
        var writer = new StringWriter();

        SentenceJsonLinesWriter.Write(writer, Article, [new Sentence(0, new TextSpan(0, 8), SentenceKind.Body, kind)]);

        JsonDocument.Parse(writer.ToString()).RootElement.GetProperty("boilerplate").GetString().Should().Be(expected);
    }

    [Fact]
    public void A_span_outside_the_document_is_refused()
    {
        var writer = new StringWriter();

        Action write = () => SentenceJsonLinesWriter.Write(writer, Article, [new Sentence(7, new TextSpan(60, 500), SentenceKind.Body, BoilerplateKind.None)]);

        write.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*Sentence 7 lies outside the text of 'a.md'*");
        writer.ToString().Should().BeEmpty();
    }
}
