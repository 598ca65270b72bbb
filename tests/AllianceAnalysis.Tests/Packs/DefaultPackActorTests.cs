using System.Text.RegularExpressions;
using AllianceAnalysis.Packs;
using AllianceAnalysis.Tests.Support;

namespace AllianceAnalysis.Tests.Packs;

/// <summary>The default pack's actors: one code each, ISO-style, and no phrase that names two of them.</summary>
public partial class DefaultPackActorTests
{
    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex StateCode();

    [GeneratedRegex("^[A-Z][A-Z0-9]{1,5}$")]
    private static partial Regex OrganisationCode();

    [Fact]
    public void Actor_codes_are_unique_iso_style_codes()
    {
        ActorEntry[] actors = RulePack.Default.Document.Actors;

        actors.Select(a => a.Code).Should().OnlyHaveUniqueItems();
        actors.Select(a => a.Kind).Should().OnlyContain(k => k == "state" || k == "organisation");
        actors.Where(a => a.Kind == "state").Should().OnlyContain(a => StateCode().IsMatch(a.Code),
            "states are coded by ISO 3166-1 alpha-3 (XKX for Kosovo is the one user-assigned code)");
        actors.Where(a => a.Kind == "organisation").Should().OnlyContain(a => OrganisationCode().IsMatch(a.Code),
            "organisations have short upper-case codes");
    }

    [Fact]
    public void No_name_alias_or_title_names_two_actors()
    {
        Overlaps(RulePack.Default.Document.Actors).Should().BeEmpty();
    }

    [Fact]
    public void The_sample_pack_adds_no_name_that_a_default_actor_already_has()
    {
        RulePack sample = RulePack.LoadFile(RepositoryRoot.Combine("samples", "rulepacks", "caucasus-central-asia.pack.yaml"));

        Overlaps([.. RulePack.Default.Document.Actors, .. sample.Document.Actors]).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Serbia", "SRB")]
    [InlineData("Vučić", "SRB")]
    [InlineData("South Sudanese", "SSD")]
    [InlineData("Sudanese", "SDN")]
    [InlineData("Niger", "NER")]
    [InlineData("Nigeria", "NGA")]
    [InlineData("Luís Montenegro", "PRT")]
    [InlineData("Montenegro", "MNE")]
    [InlineData("Northern Ireland", "GBR")]
    [InlineData("Ireland", "IRL")]
    public void A_phrase_names_the_expected_actor(string phrase, string code)
    {
        RulePack.Default.Document.Actors.Where(a => Phrases(a).Contains(phrase)).Select(a => a.Code).Should().Equal(code);
    }

    /// <summary>Every phrase that names more than one actor, with the codes it names. Phrases match as written.</summary>
    private static List<string> Overlaps(IEnumerable<ActorEntry> actors) =>
        actors.SelectMany(a => Phrases(a).Select(p => (Phrase: p, a.Code)))
            .GroupBy(x => x.Phrase, StringComparer.Ordinal)
            .Where(g => g.Select(x => x.Code).Distinct().Count() > 1)
            .Select(g => $"'{g.Key}' names {string.Join(", ", g.Select(x => x.Code).Distinct())}")
            .ToList();

    private static HashSet<string> Phrases(ActorEntry actor) =>
        actor.Names.Concat(actor.Demonyms).Concat(actor.Capitals).Concat(actor.Metonyms).Concat(actor.Institutions)
            .Concat(actor.People.SelectMany(p => p.Aliases.Prepend(p.Name)))
            .ToHashSet(StringComparer.Ordinal);
}
