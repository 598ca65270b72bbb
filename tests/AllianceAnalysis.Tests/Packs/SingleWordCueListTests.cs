using AllianceAnalysis.Packs;

namespace AllianceAnalysis.Tests.Packs;

/// <summary>Cue lists read one token at a time refuse phrases, naming the list.</summary>
public class SingleWordCueListTests
{
    [Theory]
    [InlineData("undergoer-words", "come under")]
    [InlineData("agreement-nouns", "memorandum of understanding")]
    [InlineData("collective-words", "side by side")]
    [InlineData("reaction-verbs", "hit out at")]
    [InlineData("title-nouns", "special envoy")]
    [InlineData("transfer-verbs", "hand over")]
    public void A_phrase_in_a_single_word_list_is_refused(string list, string phrase)
    {
        Action act = () => RulePack.Parse($"pack: {{ id: extra, version: 1.0.0 }}\ncues: {{ {list}: [{phrase}] }}\n", "extra.yaml");

        act.Should().Throw<RulePackException>().Which.Reason.Should().Contain("must be a single word");
    }
}
