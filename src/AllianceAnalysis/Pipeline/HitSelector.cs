using AllianceAnalysis.Matching;

namespace AllianceAnalysis.Pipeline;

/// <summary>
/// Sorts a sentence's raw phrase hits into actors, triggers and cues and resolves overlaps: actor names take the
/// leftmost-longest match; a trigger inside a longer trigger is dropped ("military alliance" beats "alliance")
/// unless the longer one holds it in its "..." gap, or matched by skipping a coordination and the inner trigger
/// ends on the shared head ("military and economic cooperation" keeps "economic cooperation"); a cue inside a
/// longer cue is dropped ("unlikely to" beats "likely", "not only" beats "not"), except inside a limiting predicate
/// ("is unlikely"), which hides nothing; cues inside actor names are dropped.
/// </summary>
internal static class HitSelector
{
    public static void Select(List<PhraseHit> raw, SentenceContext sentence)
    {
        // Start ascending, longer first: anything that contains a hit comes before it.
        raw.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));

        int covered = -1;
        for (int i = 0; i < raw.Count; i++)
        {
            PhraseHit hit = raw[i];
            if (hit.Payload.Kind == PhraseKind.Actor && (hit.Start >= covered || SameDescription(sentence.ActorHits, hit)))
            {
                sentence.ActorHits.Add(hit);
                covered = hit.End;
            }
        }

        for (int i = 0; i < raw.Count; i++)
        {
            PhraseHit hit = raw[i];
            switch (hit.Payload.Kind)
            {
                case PhraseKind.Actor:
                    break;
                case PhraseKind.Trigger:
                    if (!InsideLongerTrigger(raw, i) && !SameAsLast(sentence.TriggerHits, hit))
                    {
                        sentence.TriggerHits.Add(hit);
                    }

                    break;
                default:
                    if (!OverlapsActor(hit, sentence.ActorHits) && !InsideLongerCue(raw, i) && !SameAsLast(sentence.CueHits, hit))
                    {
                        sentence.CueHits.Add(hit);
                    }

                    break;
            }
        }
    }

    /// <summary>"the bloc" describes several organisations: every actor it may describe is kept, and the discourse picks one.</summary>
    private static bool SameDescription(List<PhraseHit> actors, PhraseHit hit)
    {
        if (actors.Count == 0 || hit.Payload.MentionKind != MentionKind.Anaphor)
        {
            return false;
        }

        PhraseHit last = actors[^1];
        return last.Payload.MentionKind == MentionKind.Anaphor && last.Start == hit.Start && last.End == hit.End;
    }

    private static bool InsideLongerTrigger(List<PhraseHit> raw, int index)
    {
        PhraseHit hit = raw[index];
        for (int j = 0; j < index; j++)
        {
            PhraseHit other = raw[j];
            // A coordination shares its head: "military and economic cooperation" keeps "economic cooperation", but
            // "missile and drone strikes" drops "missile" and "drone", which only modify the head.
            if (other.Payload.Kind == PhraseKind.Trigger && Contains(other, hit) && (!other.Coordinated || (hit.End < other.End && hit.Payload.Index != other.Payload.Index))
                && !(other.GapStart >= 0 && hit.Start >= other.GapStart && hit.End <= other.GapEnd))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InsideLongerCue(List<PhraseHit> raw, int index)
    {
        PhraseHit hit = raw[index];
        for (int j = 0; j < index; j++)
        {
            PhraseHit other = raw[j];
            // A cue in another cue's "..." gap is its own ("threatened them with": "them" is still a pronoun). A limiting
            // predicate ("is unlikely") is read after a trigger only and hides nothing ("is" stays an auxiliary).
            if (other.Payload.Kind is not (PhraseKind.Actor or PhraseKind.Trigger or PhraseKind.LimitingPredicate) && Contains(other, hit)
                && !(other.GapStart >= 0 && hit.Start >= other.GapStart && hit.End <= other.GapEnd))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(PhraseHit other, PhraseHit hit) =>
        other.Length > hit.Length && other.Start <= hit.Start && hit.End <= other.End;

    /// <summary>Whether a cue's own words (not its "..." gap: "neither Qatar nor Turkey") overlap an actor name.</summary>
    private static bool OverlapsActor(PhraseHit hit, List<PhraseHit> actors)
    {
        foreach (PhraseHit actor in actors)
        {
            bool insideGap = hit.GapStart >= 0 && actor.Start >= hit.GapStart && actor.End <= hit.GapEnd;
            if (hit.Start < actor.End && actor.Start < hit.End && !insideGap)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The sort puts identical hits next to each other, so a duplicate can only be the last one kept.</summary>
    private static bool SameAsLast(List<PhraseHit> kept, PhraseHit hit)
    {
        for (int i = kept.Count - 1; i >= 0 && kept[i].Start == hit.Start; i--)
        {
            if (kept[i].End == hit.End && kept[i].Payload == hit.Payload)
            {
                return true;
            }
        }

        return false;
    }
}
