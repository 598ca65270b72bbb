using System.Text.Json;
using AllianceAnalysis.Tests.Support;

namespace AllianceAnalysis.Tests.Behaviour;

/// <summary>
/// Runs the real CLI on the real seed articles and checks the articles' own conclusions: Russia and Iran
/// cooperate on trade, payments, energy and arms, but have no mutual-defence commitment.
/// </summary>
public sealed class SeedConclusionTests : IClassFixture<SeedConclusionTests.SeedRun>
{
    private readonly SeedRun _run;

    public SeedConclusionTests(SeedRun run) => _run = run;

    [Fact]
    public void The_cli_exits_zero_and_writes_the_three_outputs()
    {
        _run.ExitCode.Should().Be(0, _run.Stderr);
        _run.Claims.Should().NotBeEmpty();
        _run.Stdout.Should().Contain("2 documents");
    }

    [Theory]
    [InlineData("RUS", "IRN", "trade", true)]
    [InlineData("RUS", "IRN", "financial", true)]
    [InlineData("RUS", "IRN", "energy", false)]
    [InlineData("IRN", "RUS", "arms", false)]
    [InlineData("RUS", "IRN", "arms", false)]
    [InlineData("ISR", "IRN", "military-strike", false)]
    [InlineData("RUS", "ISR", "condemnation", false)]
    [InlineData("RUS", "USA", "warning", false)]
    [InlineData("RUS", "IRN", "diplomatic-support", false)]
    [InlineData("CHN", "IRN", "diplomatic-support", false)]
    public void The_seeds_affirm(string source, string target, string relation, bool symmetric)
    {
        _run.Claims.Should().Contain(c => c.Relation == relation && c.Polarity == "affirmed"
            && ((c.Source == source && c.Target == target) || (symmetric && c.Source == target && c.Target == source)));
    }

    [Fact]
    public void Russia_mediates_between_israel_and_iran_naming_both_parties()
    {
        _run.Claims.Where(c => c.Relation == "mediation" && c.Source == "RUS")
            .Select(c => (c.Target, c.OtherParty))
            .Should().Contain(("ISR", "IRN")).And.Contain(("IRN", "ISR"));
    }

    [Fact]
    public void The_defense_pact_score_is_negative_with_at_least_three_distinct_negated_sentences()
    {
        JsonElement profile = _run.Relations.Single(r =>
            r.GetProperty("relation").GetString() == "defense-pact"
            && new[] { r.GetProperty("source").GetString(), r.GetProperty("target").GetString() }.Order().SequenceEqual(["IRN", "RUS"]));

        profile.GetProperty("score").GetDouble().Should().BeNegative();
        _run.Claims.Where(c => c.Relation == "defense-pact" && c.Polarity == "negated")
            .Select(c => c.EvidenceText.Trim()).Distinct().Should().HaveCountGreaterThanOrEqualTo(3);
        _run.Claims.Should().NotContain(c => c.Relation == "defense-pact" && c.Polarity == "affirmed" && c.Modality == "asserted");
    }

    [Fact]
    public void Every_claim_points_at_its_exact_evidence_and_trigger()
    {
        foreach (ClaimLine claim in _run.Claims)
        {
            string text = _run.DocumentText(claim.Document);
            text[claim.Start..claim.End].Should().Be(claim.EvidenceText);
            claim.TriggerStart.Should().BeGreaterThanOrEqualTo(claim.Start);
            claim.TriggerEnd.Should().BeLessThanOrEqualTo(claim.End);
            text[claim.TriggerStart..claim.TriggerEnd].Should().Be(claim.TriggerText);
        }
    }

    [Fact]
    public void No_claim_comes_from_boilerplate_headings_or_questions()
    {
        foreach (ClaimLine claim in _run.Claims)
        {
            Sentence sentence = _run.SentencesOf(claim.Document)[claim.Sentence];
            sentence.Boilerplate.Should().Be(BoilerplateKind.None, claim.EvidenceText);
            sentence.Kind.Should().NotBe(SentenceKind.Heading, claim.EvidenceText);
            sentence.IsQuestion.Should().BeFalse(claim.EvidenceText);
        }

        string[] boilerplate = ["Map of Russia", "Department of State", "Lila Terry", "rosario93", "ebba_dev", "Daily Caller",
            "Opens Airspace", "Defense Ministry headquarters", "Would Russia Defend Iran?", "Is Iran An Ally Of Russia?"];
        _run.Claims.Should().NotContain(c => boilerplate.Any(b => c.EvidenceText.Contains(b, StringComparison.Ordinal)));
    }

    /// <summary>One claims.jsonl line, as a consumer reads it.</summary>
    public sealed record ClaimLine(string Source, string Target, string Relation, string Polarity, string Modality, string? OtherParty,
        string Document, int Sentence, int Start, int End, string EvidenceText, int TriggerStart, int TriggerEnd, string TriggerText);

    /// <summary>Runs the CLI once over the seed corpus for all tests of the class.</summary>
    public sealed class SeedRun : IAsyncLifetime, IDisposable
    {
        private readonly TempDirectory _temp = new();
        private readonly Dictionary<string, string> _texts = [];

        public int ExitCode { get; private set; }

        public string Stdout { get; private set; } = "";

        public string Stderr { get; private set; } = "";

        public IReadOnlyList<ClaimLine> Claims { get; private set; } = [];

        public IReadOnlyList<JsonElement> Relations { get; private set; } = [];

        public string DocumentText(string document) =>
            _texts.TryGetValue(document, out string? text) ? text : _texts[document] = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, document));

        public IReadOnlyList<Sentence> SentencesOf(string document) =>
            AllianceAnalyzer.Default.SplitSentences(new Document(document, DocumentText(document)));

        public async Task InitializeAsync()
        {
            string output = _temp["out"];
            (ExitCode, Stdout, Stderr) = await CliProcess.RunAsync(AppContext.BaseDirectory, "analyze", "corpus/articles", "--out", output);
            Claims = [.. File.ReadLines(Path.Combine(output, "claims.jsonl")).Select(Parse)];
            using JsonDocument relations = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "relations.json")));
            Relations = [.. relations.RootElement.GetProperty("relations").EnumerateArray().Select(e => e.Clone())];
        }

        public Task DisposeAsync()
        {
            Dispose();
            return Task.CompletedTask;
        }

        public void Dispose() => _temp.Dispose();

        private static ClaimLine Parse(string line)
        {
            using JsonDocument json = JsonDocument.Parse(line);
            JsonElement c = json.RootElement;
            JsonElement e = c.GetProperty("evidence");
            JsonElement t = e.GetProperty("trigger");
            return new ClaimLine(
                c.GetProperty("source").GetString()!,
                c.GetProperty("target").GetString()!,
                c.GetProperty("relation").GetString()!,
                c.GetProperty("polarity").GetString()!,
                c.GetProperty("modality").GetString()!,
                c.GetProperty("otherParty").GetString(),
                e.GetProperty("document").GetString()!,
                e.GetProperty("sentence").GetInt32(),
                e.GetProperty("start").GetInt32(),
                e.GetProperty("end").GetInt32(),
                e.GetProperty("text").GetString()!,
                t.GetProperty("start").GetInt32(),
                t.GetProperty("end").GetInt32(),
                t.GetProperty("text").GetString()!);
        }
    }
}
