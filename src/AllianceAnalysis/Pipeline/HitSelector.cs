using AllianceAnalysis.Matching;

namespace AllianceAnalysis.Pipeline;

/// <summary>
/// Sorts a sentence's raw phrase hits into actors, triggers and cues and resolves overlaps: actor names take the
/// leftmost-longest match; a trigger or cue inside a longer one of its family is dropped ("military alliance"
/// beats "alliance", "unlikely to" beats "likely", "not only" beats "not"); cues inside actor names are dropped.
/// </summary>
internal static class HitSelector
{
    public static void Select(List<PhraseHit> raw, SentenceContext sentence)
    {
        raw.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));

        // Actors: leftmost-longest, non-overlapping.
        int covered = -1;
        foreach (PhraseHit hit in raw)
        {
            if (hit.Payload.Kind == PhraseKind.Actor && hit.Start >= covered)
            {
                sentence.ActorHits.Add(hit);
                covered = hit.End;
            }
        }

        foreach (PhraseHit hit in raw)
        {
            if (hit.Payload.Kind == PhraseKind.Actor)
            {
                continue;
            }

            if (hit.Payload.Kind == PhraseKind.Trigger)
            {
                if (!IsInsideLonger(hit, raw, static k => k == PhraseKind.Trigger) && !Duplicate(hit, sentence.TriggerHits))
                {
                    sentence.TriggerHits.Add(hit);
                }

                continue;
            }

            if (OverlapsActor(hit, sentence.ActorHits) || IsInsideLonger(hit, raw, static k => k is not (PhraseKind.Actor or PhraseKind.Trigger)))
            {
                continue;
            }

            if (!Duplicate(hit, sentence.CueHits))
            {
                sentence.CueHits.Add(hit);
            }
        }
    }

    private static bool IsInsideLonger(PhraseHit hit, List<PhraseHit> raw, Func<PhraseKind, bool> family)
    {
        foreach (PhraseHit other in raw)
        {
            if (other.Length > hit.Length && family(other.Payload.Kind) && other.Start <= hit.Start && hit.End <= other.End && !other.Coordinated
                && !(hit.Payload.Kind == PhraseKind.Trigger && other.GapStart >= 0 && hit.Start >= other.GapStart && hit.End <= other.GapEnd))
            {
                // Same-kind containment, or a negation inside a negation exception, or any shorter cue inside a longer cue.
                if (hit.Payload.Kind == PhraseKind.Trigger || other.Payload.Kind != PhraseKind.Trigger)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool OverlapsActor(PhraseHit hit, List<PhraseHit> actors)
    {
        foreach (PhraseHit actor in actors)
        {
            if (hit.Start < actor.End && actor.Start < hit.End)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Duplicate(PhraseHit hit, List<PhraseHit> kept)
    {
        foreach (PhraseHit other in kept)
        {
            if (other.Start == hit.Start && other.End == hit.End && other.Payload == hit.Payload)
            {
                return true;
            }
        }

        return false;
    }
}
