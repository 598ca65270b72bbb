using System.Globalization;
using AllianceAnalysis.Matching;
using AllianceAnalysis.Packs;
using AllianceAnalysis.Relations;
using AllianceAnalysis.Text;

namespace AllianceAnalysis.Pipeline;

/// <summary>Renders what the stages did to one sentence as a <see cref="SentenceExplanation"/>.</summary>
internal static class ExplanationBuilder
{
    public static SentenceExplanation Build(CompiledPack pack, string text, ReadOnlySpan<Token> tokens, SentenceStep step)
    {
        SentenceContext sentence = step.Sentence;
        var fragments = new List<TextFragment>(tokens.Length);
        foreach (Token token in tokens)
        {
            fragments.Add(Fragment(text, token.Start, token.End));
        }

        return new SentenceExplanation(
            sentence.Sentence,
            text[sentence.Sentence.Span.Start..sentence.Sentence.Span.End],
            fragments,
            Mentions(pack, text, tokens, step),
            Cues(text, tokens, sentence),
            Rules(pack, text, tokens, step),
            ExplainClaims(pack, tokens, step));
    }

    private static List<ExplainedMention> Mentions(CompiledPack pack, string text, ReadOnlySpan<Token> tokens, SentenceStep step)
    {
        SentenceContext sentence = step.Sentence;
        var result = new List<ExplainedMention>();
        foreach (Mention m in sentence.Mentions)
        {
            var notes = new List<string> { m.Kind == MentionKind.Anaphor ? "resolved from the discourse" : m.Kind.ToString().ToLowerInvariant() };
            if (m.Preposition >= 0)
            {
                notes.Add($"after '{pack.Lexicon.FormText(m.Preposition)}'");
            }

            if (m.Possessive)
            {
                notes.Add("possessive");
            }

            if (m.Modifier)
            {
                notes.Add("modifies the next word");
            }

            if (m.ObjectOfVerb)
            {
                notes.Add("object of the word before, so never a subject");
            }

            MentionGroup? group = m.Group >= 0 ? sentence.Groups[m.Group] : null;
            if (group is { Members.Count: > 1 })
            {
                var others = new List<string>();
                foreach (int i in group.Members)
                {
                    if (sentence.Mentions[i] != m)
                    {
                        others.Add(Slice(text, tokens, sentence.Mentions[i].Start, sentence.Mentions[i].End));
                    }
                }

                notes.Add("coordinated with " + string.Join(", ", others));
            }

            if (group is not null && group.SpeakerFrom != int.MaxValue)
            {
                notes.Add("speaker of reported speech");
            }

            result.Add(new ExplainedMention(Fragment(text, tokens, m.Start, m.End), [.. m.Actors.Select(a => pack.Actors[a].Code)], m.Kind, string.Join("; ", notes)));
        }

        foreach (PhraseHit hit in sentence.ActorHits)
        {
            if (hit.Payload.IsPlaceName && !sentence.Mentions.Any(m => m.Start <= hit.Start && hit.End <= m.End))
            {
                result.Add(new ExplainedMention(Fragment(text, tokens, hit.Start, hit.End), [pack.Actors[hit.Payload.Index].Code], MentionKind.Metonym,
                    "a place here, not an actor (after a place preposition or verb, or a dateline)"));
            }
        }

        result.Sort((a, b) => a.Text.Start.CompareTo(b.Text.Start));
        return result;
    }

    private static List<ExplainedCue> Cues(string text, ReadOnlySpan<Token> tokens, SentenceContext sentence)
    {
        var result = new List<ExplainedCue>();
        foreach (PhraseHit cue in sentence.CueHits)
        {
            string? kind = cue.Payload.Kind switch
            {
                PhraseKind.Negation => "negation",
                PhraseKind.Denial => "denial",
                PhraseKind.Rebuttal => "rebuttal",
                PhraseKind.NegationException => "not a negation",
                PhraseKind.NegativeHedge => "negative-hedge",
                PhraseKind.LimitingPredicate => "limiting predicate",
                PhraseKind.PreferenceMarker => "preferred over",
                PhraseKind.Hedge => "hedge",
                PhraseKind.Intention => "intention",
                PhraseKind.Hypothesis => "hypothesis",
                PhraseKind.Threat => "threat",
                PhraseKind.Question => "question",
                PhraseKind.TopicMarker => "topic",
                PhraseKind.ExchangeVerb => "exchange",
                PhraseKind.Directive => "directive",
                PhraseKind.Attribution => "attribution",
                PhraseKind.AttributionIntro => "attribution",
                PhraseKind.PairModifier => "pair reference",
                PhraseKind.Reciprocal => "reciprocal",
                PhraseKind.TimeExpression => "time",
                _ => null,
            };
            if (kind is null)
            {
                continue;
            }

            Clause clause = sentence.Clauses[sentence.ClauseIndexOf(cue.Start)];
            int scopeEnd = clause.End;
            if (cue.Payload.Kind is PhraseKind.Attribution or PhraseKind.AttributionIntro)
            {
                AttributionFrame? frame = sentence.Attributions.Cast<AttributionFrame?>().FirstOrDefault(f => f!.Value.ScopeStart >= cue.End || f!.Value.ScopeEnd <= cue.Start);
                if (frame is { } f)
                {
                    result.Add(new ExplainedCue(kind, Fragment(text, tokens, cue.Start, cue.End), Fragment(text, tokens, f.ScopeStart, f.ScopeEnd)));
                    continue;
                }
            }

            int scopeStart = Math.Min(cue.End, scopeEnd - 1);
            result.Add(new ExplainedCue(kind, Fragment(text, tokens, cue.Start, cue.End), Fragment(text, tokens, scopeStart, scopeEnd)));
        }

        return result;
    }

    private static List<RuleAttempt> Rules(CompiledPack pack, string text, ReadOnlySpan<Token> tokens, SentenceStep step)
    {
        SentenceContext sentence = step.Sentence;
        var result = new List<RuleAttempt>();
        var agreements = new AgreementSubjects(pack);
        var titles = new JobTitleTriggers(pack);
        foreach (PhraseHit hit in step.RawHits.Where(h => h.Payload.Kind == PhraseKind.Trigger).Distinct())
        {
            CompiledRule rule = pack.Rules[hit.Payload.Index];
            TextFragment trigger = Fragment(text, tokens, hit.Start, hit.End);
            if (!sentence.TriggerHits.Contains(hit))
            {
                int longer = sentence.TriggerHits.FindIndex(t => t.Start <= hit.Start && hit.End <= t.End);
                Mention? name = sentence.Mentions.Find(m => m.Start <= hit.Start && hit.End <= m.End);
                int subject = agreements.ReadInsteadOf(tokens, sentence, hit);
                bool title = titles.NamesTitle(tokens, sentence, hit);
                string reason = title ? $"not tried: names a portfolio in a job title ('{Slice(text, tokens, hit.Start, Math.Min(hit.End + 1, sentence.TokenEnd))}')"
                    : subject >= 0 ? $"not tried: the agreement is read as what it is about, '{Slice(text, tokens, sentence.TriggerHits[subject].Start, sentence.TriggerHits[subject].End)}'"
                    : longer >= 0 ? $"not tried: inside the longer trigger '{Slice(text, tokens, sentence.TriggerHits[longer].Start, sentence.TriggerHits[longer].End)}'"
                    : name is not null ? $"not tried: part of '{Slice(text, tokens, name.Start, name.End)}', which names an actor here"
                    : "not tried: set aside when the sentence's phrases were sorted out";
                result.Add(new RuleAttempt(rule.Id, trigger, false, reason));
                continue;
            }

            if (step.Headline)
            {
                result.Add(new RuleAttempt(rule.Id, trigger, false, "not tried: headings and table-of-contents lines assert nothing"));
                continue;
            }

            if (EventAnaphora.InsideResolved(hit, step.Candidates))
            {
                result.Add(new RuleAttempt(rule.Id, trigger, false, "not tried: inside an event anaphor, which restates an earlier sentence's event (below)"));
                continue;
            }

            Clause clause = sentence.Clauses[sentence.ClauseIndexOf(hit.Start)];
            if (!RelationExtractor.ContextAllows(text, tokens, clause, hit.Start, hit.End, rule))
            {
                result.Add(new RuleAttempt(rule.Id, trigger, false, "context words: a required word is missing from the clause, or a forbidden one is near the trigger"));
                continue;
            }

            var candidates = step.Candidates.Where(c => c.Trigger == hit).ToList();
            if (candidates.Count == 0)
            {
                result.Add(new RuleAttempt(rule.Id, trigger, false,
                    $"no pair of participants: source roles [{string.Join(", ", rule.Source.Select(r => Role(pack, r)))}], target roles [{string.Join(", ", rule.Target.Select(r => Role(pack, r)))}]"));
                continue;
            }

            foreach (ClaimCandidate candidate in candidates)
            {
                string pair = $"{pack.Actors[candidate.Source].Code}->{pack.Actors[candidate.Target].Code}";
                bool claimed = Claimed(pack, step, rule, trigger, candidate);
                string outcome = claimed ? $"{pair}: claim made{Inference(candidate.Inferred)}"
                    : candidate.Directive is not null
                        ? $"{pair}: no claim, it is what a directive demands or forbids (\"warned X not to …\")"
                    : sentence.Sentence.IsQuestion || step.Qualifiers.Annotate(text, tokens, sentence, candidate) is null
                        ? $"{pair}: no claim, the sentence asks or names a topic rather than asserts (a question, 'whether', an inverted question, 'when it comes to …')"
                        : $"{pair}: no claim, a stronger claim of the same relation came from this sentence";
                result.Add(new RuleAttempt(rule.Id, trigger, claimed, outcome));
            }
        }

        foreach (ClaimCandidate candidate in step.Candidates)
        {
            if (candidate.Inferred != ParticipantInference.EventAnaphor)
            {
                continue;
            }

            TextFragment phrase = Fragment(text, tokens, candidate.Trigger.Start, candidate.Trigger.End);
            string pair = $"{pack.Actors[candidate.Source].Code}->{pack.Actors[candidate.Target].Code}";
            bool claimed = Claimed(pack, step, candidate.Rule, phrase, candidate);
            string outcome = claimed
                ? $"{pair}: claim made{Inference(candidate.Inferred)}: the {candidate.Rule.Relation} event of sentence {candidate.Antecedent}"
                : $"{pair}: no claim from the event anaphor restating sentence {candidate.Antecedent}'s {candidate.Rule.Relation} event (the sentence asks, or a stronger claim came from it)";
            result.Add(new RuleAttempt(candidate.Rule.Id, phrase, claimed, outcome));
        }

        return result;
    }

    private static bool Claimed(CompiledPack pack, SentenceStep step, CompiledRule rule, TextFragment trigger, ClaimCandidate candidate) =>
        step.Claims.Any(c => c.Evidence.Rule == rule.Id && c.Evidence.Trigger.Start == trigger.Start
            && new[] { c.Source, c.Target }.Order().SequenceEqual(new[] { pack.Actors[candidate.Source].Code, pack.Actors[candidate.Target].Code }.Order()));

    /// <summary>Where a participant the sentence leaves out came from, as the outcome of a rule attempt says it.</summary>
    private static string Inference(ParticipantInference inferred) => inferred switch
    {
        ParticipantInference.PairReference => " (the pair a 'bilateral', 'mutual', 'this' or reciprocal refers to)",
        ParticipantInference.TopicPair => " (a participant from the pair under discussion)",
        ParticipantInference.LastEvent => " (the target of the doer's last event of this relation)",
        ParticipantInference.ClauseAgent => " (the agent of the relation noun opening the clause, and the pair under discussion)",
        ParticipantInference.EventAnaphor => " (an event anaphor: 'this' and an event noun restate an event told just before)",
        _ => string.Empty,
    };

    /// <summary>Each claim with the factors of its strength, read from the candidate it was built from.</summary>
    private static List<ExplainedClaim> ExplainClaims(CompiledPack pack, ReadOnlySpan<Token> tokens, SentenceStep step)
    {
        var result = new List<ExplainedClaim>(step.Claims.Count);
        foreach (Claim claim in step.Claims)
        {
            bool fromAnaphor = false;
            foreach (ClaimCandidate candidate in step.Candidates)
            {
                string[] actors = [pack.Actors[candidate.Source].Code, pack.Actors[candidate.Target].Code];
                if (candidate.Rule.Id == claim.Evidence.Rule && tokens[candidate.Trigger.Start].Start == claim.Evidence.Trigger.Start
                    && actors.Contains(claim.Source) && actors.Contains(claim.Target))
                {
                    fromAnaphor = candidate.FromAnaphor;
                    break;
                }
            }

            CompiledRule rule = pack.Rules.First(r => r.Id == claim.Evidence.Rule);
            result.Add(new ExplainedClaim(claim, rule.Strength, pack.Scoring.For(claim.Modality), fromAnaphor ? pack.Scoring.Anaphor : 1.0));
        }

        return result;
    }

    private static string Role(CompiledPack pack, ArgumentRole role) =>
        role.Kind == RoleKind.Preposition && role.Preposition >= 0 ? pack.Lexicon.FormText(role.Preposition) : role.ToString();

    private static string Slice(string text, ReadOnlySpan<Token> tokens, int start, int end) => text[tokens[start].Start..tokens[end - 1].End];

    private static TextFragment Fragment(string text, ReadOnlySpan<Token> tokens, int start, int end) =>
        Fragment(text, tokens[start].Start, tokens[end - 1].End);

    private static TextFragment Fragment(string text, int start, int end) => new(start, end, text[start..end]);
}
