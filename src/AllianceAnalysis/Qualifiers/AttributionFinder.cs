using AllianceAnalysis.Matching;
using AllianceAnalysis.Packs;
using AllianceAnalysis.Pipeline;
using AllianceAnalysis.Relations;
using AllianceAnalysis.Text;

namespace AllianceAnalysis.Qualifiers;

/// <summary>
/// Finds reported speech: "Lavrov stated that …", "As Suleymanov noted, …", "…, Lavrov said.", "According to
/// X, …". The speaker is a mention group or a run of capitalised words; the speaker's group is marked so it is
/// never taken as an argument of the reported claim.
/// </summary>
internal sealed class AttributionFinder
{
    private const int MaxSpeakerGap = 3;
    private const int MaxSpeakerWords = 6;
    private readonly CompiledPack _pack;

    public AttributionFinder(CompiledPack pack) => _pack = pack;

    public void Find(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, SentenceContext sentence)
    {
        foreach (PhraseHit cue in sentence.CueHits)
        {
            if (cue.Payload.Kind is PhraseKind.Attribution or PhraseKind.Denial)
            {
                FindVerbFrame(text, tokens, sentence, cue);
            }
            else if (cue.Payload.Kind == PhraseKind.AttributionIntro)
            {
                FindIntroFrame(tokens, sentence, cue);
            }
            else if (cue.Payload.Kind == PhraseKind.Threat)
            {
                FindThreatFrame(text, tokens, sentence, cue);
            }
            else if (cue.Payload.Kind == PhraseKind.Rebuttal && Rebutter(sentence, cue) is { } rebutter)
            {
                // "…, a charge Lukashenko has rejected": the one who rejects is no participant of the charge.
                rebutter.SpeakerFrom = sentence.TokenStart;
            }
        }
    }

    private void FindVerbFrame(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, SentenceContext sentence, PhraseHit cue)
    {
        // "X said that …", "X said, …", "X said Russia would …", "X said on Tuesday that …".
        bool forward = cue.End < sentence.TokenEnd
            && (IsComplementMarker(tokens[cue.End]) || GroupStartsAt(sentence, cue.End) || ComplementizerSoon(tokens, sentence, cue.End));
        bool trailing = cue.End >= sentence.TokenEnd || tokens[cue.End].Kind == TokenKind.Punctuation && !IsComplementMarker(tokens[cue.End]);
        if (!forward && !trailing)
        {
            // "…, Defence Minister Boris Pistorius said on Wednesday, as …", "…, two Turkish officials said on Monday.": a
            // time adverbial between the verb and the end of the frame.
            int after = AfterTimeAdverbial(tokens, sentence, cue.End);
            trailing = after > cue.End && (after >= sentence.TokenEnd || tokens[after].Kind == TokenKind.Punctuation);
        }

        if (!forward && !trailing)
        {
            // A denial's object is the speaker's own act too: "Pyongyang has long denied any arms transfers to Moscow".
            if (cue.End < sentence.TokenEnd && (IsGerund(text, tokens[cue.End]) || (cue.Payload.Kind == PhraseKind.Denial && tokens[cue.End].IsWord)))
            {
                FindGerundFrame(text, tokens, sentence, cue);
            }
            else if (cue.Payload.Kind == PhraseKind.Attribution && cue.End < sentence.TokenEnd && tokens[cue.End].IsWord)
            {
                FindRelativeFrame(text, tokens, sentence, cue);
            }

            return;
        }

        if (!TrySpeakerBefore(text, tokens, sentence, cue.Start, out int speakerStart, out int speakerEnd, out MentionGroup? group)
            && !TryCoordinatedSubject(tokens, sentence, cue.Start, speakerStart, out speakerStart, out speakerEnd, out group)
            && !TryResumedSubject(sentence, cue.Start, speakerStart, out speakerStart, out speakerEnd, out group))
        {
            return;
        }

        if (forward)
        {
            Add(sentence, group, speakerStart, speakerEnd, cue.End, SpeakerResumes(tokens, sentence, group, cue.End));
        }
        else
        {
            // "…, the Belarusian defence ministry said.": a comma before the speaker (and its determiners and capitalised
            // title words: "…, Defence Minister Boris Pistorius said").
            int before = speakerStart - 1;
            while (before > sentence.TokenStart && speakerStart - before <= MaxSpeakerGap && tokens[before].IsWord
                && ((tokens[before].Shape & TokenShape.Capitalized) != 0 || _pack.Is(tokens[before], WordClass.SpeakerNoun)))
            {
                before--;
            }

            while (before > sentence.TokenStart && (_pack.Is(tokens[before], WordClass.Determiner) || IsCount(tokens[before])))
            {
                before--;
            }

            // '"…," Kremlin spokesman Dmitry Peskov told reporters': the comma inside the closing quotation mark.
            int first = before + 1;
            if (before > sentence.TokenStart && tokens[before].Kind == TokenKind.Punctuation && IsQuoteMark(text, tokens[before]))
            {
                before--;
            }

            if (before > sentence.TokenStart && _pack.Is(tokens[before], WordClass.Comma))
            {
                Add(sentence, group, first, speakerEnd, sentence.TokenStart, before);
            }
        }
    }

    /// <summary>
    /// "Israel … has threatened to strike Iranian nuclear facilities", "Washington threatened them with secondary
    /// sanctions": the threatened act is the threatener's, attributed to it to the end of the clause. Unlike a speaker,
    /// the threatener stays the act's agent.
    /// </summary>
    private void FindThreatFrame(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, SentenceContext sentence, PhraseHit cue)
    {
        if (!TrySpeakerBefore(text, tokens, sentence, cue.Start, out int speakerStart, out int speakerEnd, out MentionGroup? group)
            && !TryCoordinatedSubject(tokens, sentence, cue.Start, speakerStart, out speakerStart, out speakerEnd, out group)
            && !TryResumedSubject(sentence, cue.Start, speakerStart, out speakerStart, out speakerEnd, out group))
        {
            Clause own = sentence.Clauses[sentence.ClauseIndexOf(cue.Start)];
            group = ArgumentFinder.Subject(sentence, own, cue.Start, exclude: null);
            if (group is null)
            {
                return;
            }

            (speakerStart, speakerEnd) = (group.Start, group.End);
        }

        if (group is not { Actors.Length: 1 })
        {
            return;
        }

        Clause clause = sentence.Clauses[sentence.ClauseIndexOf(cue.Start)];
        sentence.Attributions.Add(new AttributionFrame(speakerStart, speakerEnd, group.Actors[0], cue.End, clause.End));
    }

    /// <summary>
    /// "Iran has acknowledged sending drones to Russia", "Iran denied supplying missiles": a gerund after the verb is the
    /// speaker's own act, attributed to the speaker to the end of the clause; the speaker stays its agent.
    /// </summary>
    private void FindGerundFrame(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, SentenceContext sentence, PhraseHit cue)
    {
        Clause clause = sentence.Clauses[sentence.ClauseIndexOf(cue.Start)];
        bool found = TrySpeakerBefore(text, tokens, sentence, cue.Start, out int speakerStart, out int speakerEnd, out MentionGroup? group)
            || TryCoordinatedSubject(tokens, sentence, cue.Start, speakerStart, out speakerStart, out speakerEnd, out group)
            || TryResumedSubject(sentence, cue.Start, speakerStart, out speakerStart, out speakerEnd, out group);
        if (!found || group is null)
        {
            // "Iran on Thursday denied supplying …", "Pyongyang has long denied …": the subject of the verb's clause.
            group = ArgumentFinder.Subject(sentence, clause, cue.Start, exclude: null);
            if (group is null)
            {
                return;
            }

            (speakerStart, speakerEnd) = (group.Start, group.End);
        }

        if (group is not { Actors.Length: 1 })
        {
            return;
        }

        sentence.Attributions.Add(new AttributionFrame(speakerStart, speakerEnd, group.Actors[0], cue.End, clause.End));
    }

    /// <summary>
    /// "raids that Lebanese officials say violate the ceasefire …": a speaker right after a relative pronoun reports the
    /// rest of the sentence, whose subject is the relative pronoun's antecedent.
    /// </summary>
    private void FindRelativeFrame(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, SentenceContext sentence, PhraseHit cue)
    {
        if (!TrySpeakerBefore(text, tokens, sentence, cue.Start, out int speakerStart, out int speakerEnd, out MentionGroup? group))
        {
            return;
        }

        int before = speakerStart - 1;
        while (before > sentence.TokenStart && _pack.Is(tokens[before], WordClass.Determiner) && !_pack.Is(tokens[before], WordClass.RelativePronoun | WordClass.Complementizer))
        {
            before--;
        }

        if (before >= sentence.TokenStart && _pack.Is(tokens[before], WordClass.RelativePronoun | WordClass.Complementizer))
        {
            Add(sentence, group, speakerStart, speakerEnd, cue.End, sentence.TokenEnd);
        }
    }

    private static bool IsGerund(ReadOnlySpan<char> text, Token token) =>
        token.IsWord && token.Length > 5 && char.IsLower(text[token.Start]) && text[token.Start..token.End].EndsWith("ing", StringComparison.Ordinal);

    /// <summary>The single-actor group in a rebuttal's gap ("a charge Lukashenko has rejected"), or null.</summary>
    public static MentionGroup? Rebutter(SentenceContext sentence, PhraseHit rebuttal)
    {
        foreach (MentionGroup g in sentence.Groups)
        {
            if (rebuttal.GapStart >= 0 && g.Start >= rebuttal.GapStart && g.End <= rebuttal.GapEnd && g.Actors.Length == 1)
            {
                return g;
            }
        }

        return null;
    }

    private void FindIntroFrame(ReadOnlySpan<Token> tokens, SentenceContext sentence, PhraseHit cue)
    {
        // "According to Chinese customs data, …": the speaker runs to the comma (or the sentence end).
        int start = cue.End;
        int end = start;
        // A hyphen between two words stays inside ("a Stockholm-based research institute").
        while (end < sentence.TokenEnd && end - start < MaxSpeakerWords
            && (tokens[end].Kind != TokenKind.Punctuation || (_pack.IsHyphen(tokens[end]) && end > start && end + 1 < sentence.TokenEnd && tokens[end + 1].IsWord)))
        {
            end++;
        }

        if (end == start)
        {
            return;
        }

        Add(sentence, FirstGroupWithin(sentence, start, end), start, end, sentence.TokenStart, sentence.TokenEnd);
    }

    private static bool GroupStartsAt(SentenceContext sentence, int token)
    {
        foreach (MentionGroup g in sentence.Groups)
        {
            if (g.Start == token)
            {
                return true;
            }
        }

        return false;
    }

    private static MentionGroup? FirstGroupWithin(SentenceContext sentence, int start, int end)
    {
        foreach (MentionGroup g in sentence.Groups)
        {
            if (g.Start >= start && g.End <= end)
            {
                return g;
            }
        }

        return null;
    }

    private bool TrySpeakerBefore(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, SentenceContext sentence, int cueStart, out int start, out int end, out MentionGroup? group)
    {
        // Skip auxiliaries and adverbs between the speaker and the verb ("has publicly stated").
        int t = cueStart - 1;
        while (t >= sentence.TokenStart && cueStart - t <= MaxSpeakerGap + 1 && (_pack.Is(tokens[t], WordClass.Auxiliary) || IsAdverb(text, tokens[t])))
        {
            t--;
        }

        end = t + 1;
        group = null;
        foreach (MentionGroup g in sentence.Groups)
        {
            if (g.End == end && ArgumentFinder.IsSubjectLike(g))
            {
                group = g;
            }
        }

        if (group is not null)
        {
            start = group.Start;
            return true;
        }

        start = end;
        while (start > sentence.TokenStart && end - start < MaxSpeakerWords && IsNameWord(tokens[start - 1]))
        {
            start--;
        }

        if (start < end)
        {
            return true;
        }

        // "diplomats in the region say", "officials familiar with the talks said": a speaker noun shortly before.
        for (int s = end - 1; s >= sentence.TokenStart && end - s <= MaxSpeakerWords; s--)
        {
            if (tokens[s].Kind == TokenKind.Punctuation)
            {
                break;
            }

            if (_pack.Is(tokens[s], WordClass.SpeakerNoun))
            {
                // "a Chinese foreign ministry spokesperson", "Iran's foreign ministry spokesman": the actor right before the
                // speaker noun is the one it speaks for.
                foreach (MentionGroup g in sentence.Groups)
                {
                    if (g.End == s && g.Actors.Length == 1 && g.Preposition < 0)
                    {
                        group = g;
                        start = g.Start;
                        return true;
                    }
                }

                start = s;
                while (start > sentence.TokenStart && (IsNameWord(tokens[start - 1]) || (tokens[start - 1].IsWord && (tokens[start - 1].Shape & TokenShape.Capitalized) != 0)))
                {
                    start--;
                }

                return true;
            }
        }

        return false;
    }

    private static void Add(SentenceContext sentence, MentionGroup? group, int speakerStart, int speakerEnd, int scopeStart, int scopeEnd)
    {
        int actor = -1;
        if (group is not null)
        {
            group.SpeakerFrom = Math.Min(group.SpeakerFrom, scopeStart < speakerStart ? sentence.TokenStart : scopeStart);
            actor = group.Actors.Length == 1 ? group.Actors[0] : -1;
        }

        sentence.Attributions.Add(new AttributionFrame(speakerStart, speakerEnd, actor, scopeStart, scopeEnd));
    }

    /// <summary>
    /// "… said in a joint statement that …, and they announced sanctions …": the reported clause ends where the speaker
    /// opens a conjunct of its own after ", and" (the sentence end when it does not); ", and that Minsk expects …" is still
    /// reported.
    /// </summary>
    private int SpeakerResumes(ReadOnlySpan<Token> tokens, SentenceContext sentence, MentionGroup? speaker, int scopeStart)
    {
        if (speaker is null)
        {
            return sentence.TokenEnd;
        }

        foreach (MentionGroup g in sentence.Groups)
        {
            if (g.Start > scopeStart && g.OpensConjunct && g != speaker && IsSubset(g.Actors, speaker.Actors) && !_pack.Is(tokens[g.Start - 1], WordClass.Complementizer))
            {
                return g.Start;
            }
        }

        return sentence.TokenEnd;
    }

    private static bool IsSubset(int[] actors, int[] of)
    {
        foreach (int actor in actors)
        {
            if (Array.IndexOf(of, actor) < 0)
            {
                return false;
            }
        }

        return actors.Length > 0;
    }

    /// <summary>The speaker's own words when several actors speak together ("Russia and China said in a joint statement
    /// that they supported …"): the participant who is one of the speakers speaks for itself. Null when none is.</summary>
    public static AttributionFrame? ForParticipant(SentenceContext sentence, AttributionFrame frame, int source, int target)
    {
        if (frame.Actor >= 0)
        {
            return null;
        }

        foreach (MentionGroup g in sentence.Groups)
        {
            if (g.Start != frame.SpeakerStart || g.End != frame.SpeakerEnd || g.Actors.Length < 2)
            {
                continue;
            }

            foreach (int member in g.Members)
            {
                Mention m = sentence.Mentions[member];
                if (m.Actors.Length == 1 && (m.Actors[0] == source || m.Actors[0] == target))
                {
                    // The source first: "A and B said they back C" is each one's own backing.
                    int actor = Array.IndexOf(g.Actors, source) >= 0 ? source : target;
                    Mention speaker = MemberFor(sentence, g, actor) ?? m;
                    return frame with { SpeakerStart = speaker.Start, SpeakerEnd = speaker.End, Actor = actor };
                }
            }
        }

        return null;
    }

    private static Mention? MemberFor(SentenceContext sentence, MentionGroup g, int actor)
    {
        foreach (int member in g.Members)
        {
            Mention m = sentence.Mentions[member];
            if (m.Actors.Length == 1 && m.Actors[0] == actor)
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>"The Kremlin has condemned … and has publicly stated that …": the subject of the coordinated verbs.</summary>
    private bool TryCoordinatedSubject(ReadOnlySpan<Token> tokens, SentenceContext sentence, int cueStart, int before, out int start, out int end, out MentionGroup? group)
    {
        start = end = before;
        group = null;
        if (before <= sentence.TokenStart || !_pack.Is(tokens[before - 1], WordClass.Coordinator))
        {
            return false;
        }

        Clause clause = sentence.Clauses[sentence.ClauseIndexOf(cueStart)];
        group = ArgumentFinder.Subject(sentence, clause, cueStart, exclude: null);
        if (group is null)
        {
            return false;
        }

        (start, end) = (group.Start, group.End);
        return true;
    }

    /// <summary>"Russia and China, which voted against …, said …": the antecedent of the relative clause before the verb.</summary>
    private static bool TryResumedSubject(SentenceContext sentence, int cueStart, int before, out int start, out int end, out MentionGroup? group)
    {
        start = end = before;
        group = null;
        Clause clause = sentence.Clauses[sentence.ClauseIndexOf(cueStart)];
        if (clause.Opener != ClauseOpener.Resumed || before != clause.Start)
        {
            return false;
        }

        group = ArgumentFinder.Subject(sentence, clause, cueStart, exclude: null);
        if (group is null)
        {
            return false;
        }

        (start, end) = (group.Start, group.End);
        return true;
    }

    /// <summary>The token after a time adverbial starting at <paramref name="start"/> ("on Monday", "last week"), or <paramref name="start"/>.</summary>
    private int AfterTimeAdverbial(ReadOnlySpan<Token> tokens, SentenceContext sentence, int start)
    {
        foreach (PhraseHit hit in sentence.CueHits)
        {
            if (hit.Payload.Kind == PhraseKind.TimeExpression && hit.Start == start)
            {
                return hit.End;
            }
        }

        bool onDay = start + 1 < sentence.TokenEnd && _pack.Is(tokens[start], WordClass.Preposition) && (tokens[start].Shape & TokenShape.Capitalized) == 0
            && tokens[start + 1].IsWord && (tokens[start + 1].Shape & TokenShape.Capitalized) != 0 && tokens[start + 1].Form < 0;
        return onDay ? start + 2 : start;
    }

    private bool ComplementizerSoon(ReadOnlySpan<Token> tokens, SentenceContext sentence, int start)
    {
        for (int t = start; t < sentence.TokenEnd && t < start + 5; t++)
        {
            if (_pack.Is(tokens[t], WordClass.Complementizer))
            {
                return true;
            }

            if (tokens[t].Kind == TokenKind.Punctuation)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"two Turkish officials": a number or a quantity word from the pack before the speaker.</summary>
    private bool IsCount(Token token) => token.Kind == TokenKind.Number || _pack.Is(token, WordClass.QuantityWord);

    private static bool IsQuoteMark(ReadOnlySpan<char> text, Token token) =>
        token.Length == 1 && text[token.Start] is '"' or '\u201D' or '\u201C';


    private bool IsComplementMarker(Token token) =>
        _pack.Is(token, WordClass.Comma | WordClass.Complementizer) || (token.Form >= 0 && _pack.Lexicon.FormText(token.Form) == ":");

    /// <summary>A capitalised word the packs do not know: part of a person's name ("Suleymanov").</summary>
    private static bool IsNameWord(Token token) => token.IsWord && (token.Shape & TokenShape.Capitalized) != 0 && token.Form < 0;

    private static bool IsAdverb(ReadOnlySpan<char> text, Token token) =>
        token.IsWord && token.Length > 4 && text[token.Start..token.End].EndsWith("ly", StringComparison.OrdinalIgnoreCase);
}
