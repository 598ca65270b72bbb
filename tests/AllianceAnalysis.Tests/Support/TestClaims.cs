namespace AllianceAnalysis.Tests.Support;

/// <summary>Builds claims by hand for aggregation and writer tests.</summary>
internal static class TestClaims
{
    public static Claim Make(
        string document,
        string text,
        double strength,
        Polarity polarity = Polarity.Affirmed,
        string source = "IRN",
        string target = "RUS",
        string relation = "arms",
        int start = 0,
        int sentence = 0,
        Modality modality = Modality.Asserted)
    {
        int triggerLength = Math.Min(4, text.Length);
        return new Claim
        {
            Id = $"{document}#{start}/{relation}/{source}-{target}/{polarity}/{strength}",
            Source = source,
            Target = target,
            Relation = relation,
            Polarity = polarity,
            Modality = modality,
            Strength = strength,
            Evidence = new Evidence
            {
                Document = document,
                Sentence = sentence,
                Start = start,
                End = start + text.Length,
                Text = text,
                Trigger = new TextFragment(start, start + triggerLength, text[..triggerLength]),
                Rule = $"{relation}/test",
                Pack = "test@1.0.0",
            },
        };
    }
}
