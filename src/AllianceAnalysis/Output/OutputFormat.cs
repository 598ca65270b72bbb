using System.Text.Json;

namespace AllianceAnalysis.Output;

/// <summary>The names and number formats shared by the writers: the output contract in one place.</summary>
internal static class OutputFormat
{
    public static string Name(Polarity polarity) => polarity switch
    {
        Polarity.Affirmed => "affirmed",
        Polarity.Negated => "negated",
        _ => throw new ArgumentOutOfRangeException(nameof(polarity), polarity, "Unknown polarity."),
    };

    public static string Name(Modality modality) => modality switch
    {
        Modality.Asserted => "asserted",
        Modality.Hedged => "hedged",
        Modality.Intended => "intended",
        Modality.Hypothetical => "hypothetical",
        _ => throw new ArgumentOutOfRangeException(nameof(modality), modality, "Unknown modality."),
    };

    public static string Name(SentenceKind kind) => kind switch
    {
        SentenceKind.Body => "body",
        SentenceKind.Heading => "heading",
        SentenceKind.ListItem => "list-item",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown sentence kind."),
    };

    public static string? Name(BoilerplateKind kind) => kind switch
    {
        BoilerplateKind.None => null,
        BoilerplateKind.Caption => "caption",
        BoilerplateKind.AuthorProfile => "author-profile",
        BoilerplateKind.SharePrompt => "share-prompt",
        BoilerplateKind.TrailingHeadline => "trailing-headline",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown boilerplate kind."),
    };

    /// <summary>Rounds an aggregate (support, opposition, score) for output: 4 decimals, half away from zero, no negative zero.</summary>
    public static double Round(double value)
    {
        double rounded = Math.Round(value, 4, MidpointRounding.AwayFromZero);
        return rounded == 0.0 ? 0.0 : rounded;
    }

    public static void WriteAttribution(Utf8JsonWriter json, Attribution? attribution)
    {
        if (attribution is null)
        {
            json.WriteNull("attributedTo");
            return;
        }

        json.WriteStartObject("attributedTo");
        json.WriteString("text", attribution.Text);
        json.WriteString("actor", attribution.Actor);
        json.WriteNumber("start", attribution.Start);
        json.WriteNumber("end", attribution.End);
        json.WriteEndObject();
    }
}
