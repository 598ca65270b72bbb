using AllianceAnalysis.Matching;
using AllianceAnalysis.Packs;
using AllianceAnalysis.Pipeline;
using AllianceAnalysis.Text;

namespace AllianceAnalysis.Actors;

/// <summary>
/// Turns actor-name hits into mentions: drops capitals used as places ("a summit in Minsk", "a Doha-based analyst"),
/// former office holders in a dated document, and descriptions of actors not named recently; then lets
/// <see cref="TitleMerger"/>, <see cref="AnaphorResolver"/> and <see cref="MentionGrouper"/> finish the sentence's mentions.
/// </summary>
internal sealed class MentionTagger
{
    private readonly CompiledPack _pack;
    private readonly int[][] _singletons;
    private readonly MentionContext _context;
    private readonly TitleMerger _titles;
    private readonly AnaphorResolver _anaphors;
    private readonly MentionGrouper _groups;

    public MentionTagger(CompiledPack pack)
    {
        _pack = pack;

        // One shared one-actor array per actor: mentions never change their actors, so names allocate no arrays.
        _singletons = new int[pack.Actors.Count][];
        for (int i = 0; i < _singletons.Length; i++)
        {
            _singletons[i] = [i];
        }

        _context = new MentionContext(pack);
        var joins = new MentionJoins(pack);
        _titles = new TitleMerger(pack, _context);
        _anaphors = new AnaphorResolver(pack, _context, joins, _singletons);
        _groups = new MentionGrouper(pack, _context, joins);
    }

    public void Tag(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, SentenceContext sentence, DiscourseState discourse)
    {
        var mentions = sentence.Mentions;
        int describedFrom = -1;
        foreach (PhraseHit hit in sentence.ActorHits)
        {
            // "Çavuşoğlu said …" in an article from 2024: a former foreign minister speaks for no state.
            if (hit.Payload.Person >= 0 && sentence.DocumentDate is { } day && !_pack.People[hit.Payload.Person].InOffice(day))
            {
                continue;
            }

            int recency = -1;
            if (hit.Payload.MentionKind == MentionKind.Anaphor)
            {
                // "the alliance", "the agency": a description names an actor only when the document named it recently; of
                // several actors it may describe, the one named last.
                recency = DescribedRecency(sentence, hit, discourse);
                if (recency < 0 || (hit.End < sentence.TokenEnd && _pack.Is(tokens[hit.End], WordClass.PairPreposition)))
                {
                    continue;
                }

                if (mentions.Count > 0 && mentions[^1].Kind == MentionKind.Anaphor && mentions[^1].Start == hit.Start && mentions[^1].End == hit.End)
                {
                    if (recency <= describedFrom)
                    {
                        continue;
                    }

                    mentions.RemoveAt(mentions.Count - 1);
                }

                describedFrom = recency;
            }

            Mention mention = sentence.RentMention(hit.Start, hit.End, _singletons[hit.Payload.Index], hit.Payload.MentionKind);
            _context.Set(tokens, sentence, mention);
            mention.ObjectOfVerb = MentionContext.IsObjectAt(text, tokens, sentence, mention.Start);
            if ((hit.Payload.IsPlaceName && IsPlaceUse(tokens, sentence, mention)) || IsSuffixedPlace(tokens, sentence, mention.End))
            {
                continue;
            }

            mentions.Add(mention);
        }

        DropTriggersInsideDescriptions(sentence);
        _titles.Merge(tokens, sentence);
        _anaphors.Resolve(text, tokens, sentence, discourse);
        mentions.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        _groups.Build(tokens, sentence);
    }

    /// <summary>"a Stockholm-based research institute", "a Doha-based analyst": a hyphen and a place suffix make the name a place.</summary>
    private bool IsSuffixedPlace(ReadOnlySpan<Token> tokens, SentenceContext sentence, int index) =>
        index + 1 < sentence.TokenEnd && _pack.IsHyphen(tokens[index]) && _pack.Is(tokens[index + 1], WordClass.PlaceSuffix);

    /// <summary>
    /// The sentence the described actor was last named in (this one when named earlier in it), or -1 when it was not
    /// named within <see cref="DiscourseState.DescriptionWindow"/> sentences.
    /// </summary>
    private static int DescribedRecency(SentenceContext sentence, PhraseHit hit, DiscourseState discourse)
    {
        foreach (PhraseHit other in sentence.ActorHits)
        {
            if (other.End <= hit.Start && other.Payload.Index == hit.Payload.Index && other.Payload.MentionKind != MentionKind.Anaphor)
            {
                return sentence.Sentence.Index;
            }
        }

        return discourse.NamedRecently(hit.Payload.Index, sentence.Sentence.Index);
    }

    /// <summary>"the alliance" naming NATO is no relation word: a trigger inside a kept description is dropped.</summary>
    private static void DropTriggersInsideDescriptions(SentenceContext sentence)
    {
        foreach (Mention m in sentence.Mentions)
        {
            if (m.Kind == MentionKind.Anaphor)
            {
                RemoveTriggersWithin(sentence.TriggerHits, m.Start, m.End);
            }
        }
    }

    /// <summary>Removes, in place and keeping the order, the triggers lying wholly within tokens [start, end).</summary>
    private static void RemoveTriggersWithin(List<PhraseHit> triggers, int start, int end)
    {
        int kept = 0;
        for (int i = 0; i < triggers.Count; i++)
        {
            if (!(triggers[i].Start >= start && triggers[i].End <= end))
            {
                triggers[kept++] = triggers[i];
            }
        }

        triggers.RemoveRange(kept, triggers.Count - kept);
    }

    private bool IsPlaceUse(ReadOnlySpan<Token> tokens, SentenceContext sentence, Mention mention)
    {
        if (mention.Possessive)
        {
            return false;
        }

        // A dateline: "MOSCOW, June 3 (Reuters) - …", "TEHRAN/BRUSSELS, …": capitals in capitals before anything else.
        if ((tokens[mention.Start].Shape & TokenShape.AllCaps) != 0 && OnlyDatelineBefore(tokens, sentence.TokenStart, mention.Start))
        {
            return true;
        }

        int before = mention.Start - 1;
        while (before >= sentence.TokenStart && _pack.Is(tokens[before], WordClass.Determiner))
        {
            before--;
        }

        if (before < sentence.TokenStart)
        {
            return false;
        }

        // "a summit in Minsk", "visit Moscow", "flew to Tehran" — but not "supplied missiles to Moscow", nor after a place verb
        // used as a noun ("a move Moscow condemned"), nor after a trigger's own preposition ("fired drones at Kyiv").
        if ((_pack.Is(tokens[before], WordClass.PlacePreposition) && !MentionContext.InsideTrigger(sentence, before))
            || (_pack.Is(tokens[before], WordClass.PlaceVerb) && !(before > sentence.TokenStart && _pack.Is(tokens[before - 1], WordClass.Determiner))))
        {
            return true;
        }

        return _pack.Is(tokens[before], WordClass.MotionPreposition) && before > sentence.TokenStart && _pack.Is(tokens[before - 1], WordClass.PlaceVerb);
    }

    private static bool OnlyDatelineBefore(ReadOnlySpan<Token> tokens, int start, int end)
    {
        for (int t = start; t < end; t++)
        {
            bool upperWord = tokens[t].IsWord && (tokens[t].Shape & TokenShape.AllCaps) != 0;
            if (!upperWord && tokens[t].Kind != TokenKind.Punctuation)
            {
                return false;
            }
        }

        return true;
    }
}
