using AllianceAnalysis.Matching;
using AllianceAnalysis.Pipeline;

namespace AllianceAnalysis.Tests.Pipeline;

public class HitSelectorTests
{
    // Hand-made raw hits isolate the selection rules; rendered as "Kind#index:start-end".

    [Fact]
    public void HitSelector_keeps_actors_leftmost_longest()
    {
        SentenceContext sentence = Select(
            Hit(PhraseKind.Actor, 1, 4, index: 1),
            Hit(PhraseKind.Actor, 0, 2, index: 0),
            Hit(PhraseKind.Actor, 2, 4, index: 2),
            Hit(PhraseKind.Actor, 4, 5, index: 3),
            Hit(PhraseKind.Actor, 4, 7, index: 4));

        Render(sentence.ActorHits).Should().Be("Actor#0:0-2 | Actor#2:2-4 | Actor#4:4-7");
    }

    [Fact]
    public void HitSelector_drops_a_trigger_inside_a_longer_trigger()
    {
        SentenceContext sentence = Select(
            Hit(PhraseKind.Trigger, 2, 3, index: 1),
            Hit(PhraseKind.Trigger, 1, 4, index: 0),
            Hit(PhraseKind.Trigger, 1, 3, index: 2),
            Hit(PhraseKind.Trigger, 3, 5, index: 3));

        Render(sentence.TriggerHits).Should().Be("Trigger#0:1-4 | Trigger#3:3-5");
    }

    [Fact]
    public void HitSelector_keeps_a_trigger_inside_a_coordinated_trigger()
    {
        SentenceContext sentence = Select(
            Hit(PhraseKind.Trigger, 0, 4, index: 0, coordinated: true),
            Hit(PhraseKind.Trigger, 2, 4, index: 1),
            Hit(PhraseKind.Trigger, 3, 4, index: 2));

        Render(sentence.TriggerHits).Should().Be("Trigger#0:0-4 [coordinated] | Trigger#1:2-4");
    }

    [Fact]
    public void HitSelector_keeps_a_trigger_inside_the_gap_of_a_longer_trigger()
    {
        SentenceContext sentence = Select(
            Hit(PhraseKind.Trigger, 0, 6, index: 0, gapStart: 2, gapEnd: 5),
            Hit(PhraseKind.Trigger, 3, 4, index: 1),
            Hit(PhraseKind.Trigger, 5, 6, index: 2));

        Render(sentence.TriggerHits).Should().Be("Trigger#0:0-6 | Trigger#1:3-4");
    }

    [Fact]
    public void HitSelector_keeps_each_trigger_hit_once()
    {
        SentenceContext sentence = Select(
            Hit(PhraseKind.Trigger, 1, 2, index: 0),
            Hit(PhraseKind.Trigger, 1, 2, index: 0),
            Hit(PhraseKind.Trigger, 1, 2, index: 1));

        Render(sentence.TriggerHits).Should().Be("Trigger#0:1-2 | Trigger#1:1-2");
    }

    [Theory]
    [InlineData("NegationException", "Negation")]
    [InlineData("NegativeHedge", "Hedge")]
    [InlineData("Hedge", "Attribution")]
    [InlineData("Negation", "Negation")]
    public void HitSelector_drops_a_cue_inside_a_longer_cue(string longerKind, string shorterKind)
    {
        PhraseKind longer = Enum.Parse<PhraseKind>(longerKind);
        PhraseKind shorter = Enum.Parse<PhraseKind>(shorterKind);
        SentenceContext sentence = Select(Hit(shorter, 1, 2), Hit(longer, 1, 3), Hit(shorter, 4, 5));

        Render(sentence.CueHits).Should().Be($"{longer}#-1:1-3 | {shorter}#-1:4-5");
    }

    [Fact]
    public void HitSelector_keeps_cues_and_triggers_inside_each_other()
    {
        SentenceContext sentence = Select(
            Hit(PhraseKind.Trigger, 0, 3),
            Hit(PhraseKind.Preposition, 2, 3),
            Hit(PhraseKind.Negation, 4, 7),
            Hit(PhraseKind.Trigger, 5, 6, index: 1));

        Render(sentence.TriggerHits).Should().Be("Trigger#0:0-3 | Trigger#1:5-6");
        Render(sentence.CueHits).Should().Be("Preposition#-1:2-3 | Negation#-1:4-7");
    }

    [Fact]
    public void HitSelector_drops_cues_that_overlap_an_actor()
    {
        SentenceContext sentence = Select(
            Hit(PhraseKind.Actor, 1, 3),
            Hit(PhraseKind.Determiner, 1, 2),
            Hit(PhraseKind.Preposition, 2, 3),
            Hit(PhraseKind.Negation, 2, 4),
            Hit(PhraseKind.Determiner, 0, 1),
            Hit(PhraseKind.Coordinator, 4, 5));

        Render(sentence.CueHits).Should().Be("Determiner#-1:0-1 | Coordinator#-1:4-5");
    }

    [Fact]
    public void HitSelector_keeps_triggers_that_overlap_an_actor()
    {
        SentenceContext sentence = Select(Hit(PhraseKind.Actor, 0, 1), Hit(PhraseKind.Trigger, 0, 2));

        Render(sentence.TriggerHits).Should().Be("Trigger#0:0-2");
    }

    [Theory]
    [InlineData("The People's Republic of China backs the United States.", "Actor:CHN:The People's Republic of China | Actor:USA:the United States", "")]
    [InlineData("the Russian Federation and Iran", "Actor:RUS:the Russian Federation | Actor:IRN:Iran", "Coordinator:and")]
    [InlineData("the Russian Security Council met", "Actor:RUS:Russian Security Council", "Determiner:the")]
    public void HitSelector_with_default_pack_keeps_longest_actor_names_and_drops_cues_inside_them(string text, string actors, string cues)
    {
        AnalyzedSentence sentence = SentenceFixture.Analyze(text);

        sentence.Actors.Should().Be(actors);
        sentence.Cues.Should().Be(cues);
    }

    [Theory]
    [InlineData("The strategic partnership agreement was signed.", "Trigger:strategic-partnership/partner:strategic partnership agreement")]
    [InlineData("Iran supplied drones to Russia.", "Trigger:arms/supply-weapons:supplied drones")]
    [InlineData("Moscow offered military and technical support to Iran.",
        "Trigger:arms/military-assistance:military and technical support [coordinated] | Trigger:arms/military-assistance:technical support")]
    [InlineData("Moscow offered military support to Iran.", "Trigger:arms/military-assistance:military support")]
    [InlineData("Russia will come to its ally's aid.",
        "Trigger:defense-pact/defend:come to its ally's aid [gap:its ally's] | Trigger:strategic-partnership/partner:ally")]
    public void HitSelector_with_default_pack_keeps_the_longest_trigger(string text, string triggers)
    {
        SentenceFixture.Analyze(text).Triggers.Should().Be(triggers);
    }

    [Theory]
    [InlineData("Russia not only supplies drones but also backs Iran.", "NegationException:not only | ClauseBoundary:but")]
    [InlineData("Russia is unlikely to offer support.", "QuestionAuxiliary:is | Auxiliary:is | LimitingPredicate:is unlikely | NegativeHedge:unlikely to")]
    [InlineData("Russia is said to supply drones.", "Hedge:is said to")]
    // A limiting predicate hides nothing: "is" stays an auxiliary, "likely" still loses to "unlikely to".
    [InlineData("A pact is unlikely.", "Determiner:A | QuestionAuxiliary:is | Auxiliary:is | LimitingPredicate:is unlikely")]
    [InlineData("There is no longer any support.", "QuestionAuxiliary:is | Auxiliary:is | Negation:no longer | Determiner:any")]
    public void HitSelector_with_default_pack_prefers_the_longer_cue(string text, string cues)
    {
        SentenceFixture.Analyze(text).Cues.Should().Be(cues);
    }

    private static PhraseHit Hit(PhraseKind kind, int start, int end, int index = -2, int gapStart = -1, int gapEnd = -1, bool coordinated = false)
    {
        int payloadIndex = index != -2 ? index : kind is PhraseKind.Actor or PhraseKind.Trigger ? 0 : -1;
        return new PhraseHit(start, end, new PhrasePayload(kind, payloadIndex), gapStart, gapEnd, coordinated);
    }

    private static SentenceContext Select(params PhraseHit[] raw)
    {
        var sentence = new SentenceContext
        {
            Sentence = new Sentence(0, new TextSpan(0, 100), SentenceKind.Body, BoilerplateKind.None),
            TokenStart = 0,
            TokenEnd = 10,
        };
        HitSelector.Select([.. raw], sentence);
        return sentence;
    }

    private static string Render(List<PhraseHit> hits) =>
        string.Join(" | ", hits.OrderBy(h => h.Start).ThenBy(h => h.Payload.Index).Select(h =>
            $"{h.Payload.Kind}#{h.Payload.Index}:{h.Start}-{h.End}" + (h.Coordinated ? " [coordinated]" : string.Empty)));
}
