using AllianceAnalysis.Actors;
using AllianceAnalysis.Boilerplate;
using AllianceAnalysis.Matching;
using AllianceAnalysis.Packs;
using AllianceAnalysis.Qualifiers;
using AllianceAnalysis.Relations;
using AllianceAnalysis.Scoring;
using AllianceAnalysis.Text;

namespace AllianceAnalysis.Pipeline;

/// <summary>
/// Runs the stages over one document in order — boilerplate, sentences, tokens, phrase hits, clauses, mentions,
/// attribution, relations, qualifiers, claims — carrying the discourse state from sentence to sentence.
/// Immutable and thread-safe: all per-document state lives in locals.
/// </summary>
internal sealed class DocumentPipeline
{
    private readonly CompiledPack _pack;
    private readonly IBoilerplateDetector _boilerplate;
    private readonly ISentenceSplitter _splitter;
    private readonly ClauseSegmenter _clauses;
    private readonly MentionTagger _mentions;
    private readonly AttributionFinder _attribution;
    private readonly RelationExtractor _relations;
    private readonly AgreementSubjects _agreements;
    private readonly JobTitleTriggers _titles;
    private readonly QualifierAnnotator _qualifiers;
    private readonly ClaimBuilder _claims;

    /// <summary>One immutable code list per actor, shared by every mention that names that actor alone.</summary>
    private readonly IReadOnlyList<string>[] _actorCodes;

    public DocumentPipeline(CompiledPack pack, ISentenceSplitter splitter, IBoilerplateDetector boilerplate)
    {
        _pack = pack;
        _boilerplate = boilerplate;
        _splitter = splitter;
        _clauses = new ClauseSegmenter(pack);
        _mentions = new MentionTagger(pack);
        _attribution = new AttributionFinder(pack);
        _relations = new RelationExtractor(pack);
        _agreements = new AgreementSubjects(pack);
        _titles = new JobTitleTriggers(pack);
        _qualifiers = new QualifierAnnotator(pack);
        _claims = new ClaimBuilder(pack);
        _actorCodes = new IReadOnlyList<string>[pack.Actors.Count];
        for (int i = 0; i < _actorCodes.Length; i++)
        {
            _actorCodes[i] = [pack.Actors[i].Code];
        }
    }

    public CompiledPack Pack => _pack;

    public IReadOnlyList<Sentence> SplitSentences(string text)
    {
        IReadOnlyList<BoilerplateRegion> regions = _boilerplate.Detect(text);
        var boundaries = new List<SentenceBoundary>();
        _splitter.Split(text, boundaries);
        var sentences = new Sentence[boundaries.Count];
        int region = 0;
        for (int i = 0; i < boundaries.Count; i++)
        {
            SentenceBoundary b = boundaries[i];
            while (region < regions.Count && regions[region].Span.End <= b.Span.Start)
            {
                region++;
            }

            BoilerplateKind kind = BoilerplateKind.None;
            for (int r = region; r < regions.Count && regions[r].Span.Start < b.Span.End; r++)
            {
                // A sentence is boilerplate when most of it lies in a region.
                int overlap = Math.Min(regions[r].Span.End, b.Span.End) - Math.Max(regions[r].Span.Start, b.Span.Start);
                if (overlap * 2 >= b.Span.Length)
                {
                    kind = regions[r].Kind;
                    break;
                }
            }

            sentences[i] = new Sentence(i, b.Span, b.Kind, kind) { IsQuestion = b.IsQuestion };
        }

        return sentences;
    }

    public DocumentAnalysis Analyze(Document document, CancellationToken cancellationToken) => Run(document, null, cancellationToken);

    /// <summary>Analyses the document up to sentence <paramref name="index"/> and explains that sentence.</summary>
    public SentenceExplanation? Explain(Document document, int index)
    {
        SentenceExplanation? explanation = null;
        Run(document, (step, tokens) =>
        {
            if (step.Sentence.Sentence.Index == index)
            {
                explanation = ExplanationBuilder.Build(_pack, document.Text, tokens, step);
            }
        }, CancellationToken.None);
        return explanation;
    }

    private DocumentAnalysis Run(Document document, SentenceInspector? inspect, CancellationToken cancellationToken)
    {
        string text = document.Text;
        IReadOnlyList<Sentence> sentences = SplitSentences(text);
        var tokens = new List<Token>(256);
        var discourse = new DiscourseState();
        var raw = new List<PhraseHit>();
        var candidates = new List<ClaimCandidate>();
        var claims = new List<Claim>();
        var mentions = new List<ActorMention>();
        var mentionTexts = new string?[_pack.Actors.Count];
        SentenceContext? sentence = null;
        foreach (Sentence current in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (current.Boilerplate != BoilerplateKind.None)
            {
                continue;
            }

            // One sentence at a time: tokens, hits and working lists are reused, so memory stays flat.
            tokens.Clear();
            _pack.Tokenizer.Tokenize(text, current.Span.Start, current.Span.End, tokens);
            if (tokens.Count == 0)
            {
                continue;
            }

            if (sentence is null)
            {
                sentence = new SentenceContext { Sentence = current, TokenStart = 0, TokenEnd = tokens.Count, DocumentDate = document.Date };
            }
            else
            {
                sentence.Reset(current, 0, tokens.Count);
            }

            ReadOnlySpan<Token> all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens);
            raw.Clear();
            _pack.Matcher.Match(all, sentence.TokenStart, sentence.TokenEnd, raw);
            HitSelector.Select(raw, sentence);
            _titles.Apply(all, sentence);
            _agreements.Apply(raw, all, sentence);
            _clauses.Segment(text, all, sentence);
            _mentions.Tag(text, all, sentence, discourse);
            _attribution.Find(text, all, sentence);
            AddMentions(text, all, sentence, mentionTexts, mentions);

            candidates.Clear();
            int firstClaim = claims.Count;
            bool headline = IsHeadlineLike(sentence.Sentence, text);
            if (!headline)
            {
                _relations.Extract(text, all, sentence, discourse, candidates);
                AddClaims(document, all, sentence, candidates, claims, discourse);
            }

            inspect?.Invoke(new SentenceStep(sentence, raw, candidates, claims.GetRange(firstClaim, claims.Count - firstClaim), headline, _qualifiers, _relations), all);
            UpdateDiscourse(sentence, discourse);
        }

        return new DocumentAnalysis(document, sentences, mentions, claims);
    }

    /// <summary>Headings and table-of-contents lines name topics; they assert nothing.</summary>
    private static bool IsHeadlineLike(Sentence sentence, string text)
    {
        if (sentence.Kind == SentenceKind.Heading)
        {
            return true;
        }

        char last = text[sentence.Span.End - 1];
        return sentence.Kind == SentenceKind.ListItem && last is not ('.' or '!' or '?' or '"' or '\u201D' or ')');
    }

    private void AddClaims(Document document, ReadOnlySpan<Token> tokens, SentenceContext sentence, List<ClaimCandidate> candidates, List<Claim> claims, DiscourseState discourse)
    {
        int first = claims.Count;
        foreach (ClaimCandidate candidate in candidates)
        {
            ClaimQualifiers? qualifiers = _qualifiers.Annotate(document.Text, tokens, sentence, candidate);
            if (qualifiers is null)
            {
                continue;
            }

            AddClaim(claims, first, _claims.Build(document, tokens, sentence, candidate, qualifiers));
            if (IsAntecedent(candidate, qualifiers))
            {
                discourse.Told.Add(new ToldEvent(candidate.Trigger.Payload.Index, candidate.Rule.Relation, candidate.Source, candidate.Target, candidate.OtherParty, sentence.Sentence.Index,
                    candidate.Inferred != ParticipantInference.TopicPair));
            }

            if (QualifierAnnotator.Rebutted(sentence, candidate, qualifiers) is { } rebutted)
            {
                AddClaim(claims, first, _claims.Build(document, tokens, sentence, candidate, rebutted));
            }
        }
    }

    /// <summary>
    /// Whether a later event anaphor ("This support") may restate the claim: it says the relation holds (affirmed, not
    /// hypothetical, no directive's demand).
    /// </summary>
    private static bool IsAntecedent(ClaimCandidate candidate, ClaimQualifiers qualifiers) =>
        qualifiers.Polarity == Polarity.Affirmed && qualifiers.Modality != Modality.Hypothetical && candidate.Directive is null;

    /// <summary>One claim per (source, target, relation, polarity) and sentence: the strongest.</summary>
    private static void AddClaim(List<Claim> claims, int first, Claim claim)
    {
        int same = IndexOfSame(claims, first, claim);
        if (same < 0)
        {
            claims.Add(claim);
        }
        else if (claim.Strength > claims[same].Strength)
        {
            claims[same] = claim;
        }
    }

    /// <summary>The index of the claim from <paramref name="first"/> on with the same source, target, relation and polarity, or -1.</summary>
    private static int IndexOfSame(List<Claim> claims, int first, Claim claim)
    {
        for (int i = first; i < claims.Count; i++)
        {
            Claim c = claims[i];
            if (c.Source == claim.Source && c.Target == claim.Target && c.Relation == claim.Relation && c.Polarity == claim.Polarity)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Appends the sentence's mentions to <paramref name="output"/>. <paramref name="texts"/> holds, per actor, the text of
    /// its last single-actor mention, so a name repeated in a document is one string.
    /// </summary>
    private void AddMentions(string text, ReadOnlySpan<Token> tokens, SentenceContext sentence, string?[] texts, List<ActorMention> output)
    {
        foreach (Mention m in sentence.Mentions)
        {
            int start = tokens[m.Start].Start;
            int end = tokens[m.End - 1].End;
            string mentionText;
            IReadOnlyList<string> codes;
            if (m.Actors.Length == 1)
            {
                int actor = m.Actors[0];
                string? last = texts[actor];
                mentionText = last is not null && text.AsSpan(start, end - start).SequenceEqual(last) ? last : (texts[actor] = text[start..end]);
                codes = _actorCodes[actor];
            }
            else
            {
                mentionText = text[start..end];
                codes = CodesOf(m.Actors);
            }

            output.Add(new ActorMention(new TextSpan(start, end), mentionText, codes, m.Kind, sentence.Sentence.Index));
        }
    }

    private string[] CodesOf(int[] actors)
    {
        var codes = new string[actors.Length];
        for (int i = 0; i < actors.Length; i++)
        {
            codes[i] = _pack.Actors[actors[i]].Code;
        }

        return codes;
    }

    /// <summary>
    /// "Russia, Iran and other nations like China and North Korea": a group after a set extension (the pack's
    /// <c>set-extensions</c>) adds examples to the actors named before it; together they are the set under discussion.
    /// </summary>
    private static bool ExtendsSet(SentenceContext sentence, MentionGroup group)
    {
        foreach (PhraseHit cue in sentence.CueHits)
        {
            if (cue.Payload.Kind == PhraseKind.SetExtension && cue.End == group.Start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every actor the sentence names (not through an anaphor) up to token <paramref name="end"/>, in order of first mention.</summary>
    private static int[] NamedUpTo(SentenceContext sentence, int end)
    {
        var actors = new List<int>();
        foreach (MentionGroup g in sentence.Groups)
        {
            if (g.FromAnaphor || g.End > end)
            {
                continue;
            }

            foreach (int actor in g.Actors)
            {
                if (!actors.Contains(actor))
                {
                    actors.Add(actor);
                }
            }
        }

        return [.. actors];
    }

    private static void UpdateDiscourse(SentenceContext sentence, DiscourseState discourse)
    {
        foreach (Mention m in sentence.Mentions)
        {
            if (m.Actors.Length == 1)
            {
                discourse.NoteNamed(m.Actors[0], sentence.Sentence.Index);
            }
        }

        int first = -1;
        int second = -1;
        bool pairOnly = true;
        foreach (MentionGroup group in sentence.Groups)
        {
            if (group.Actors.Length >= 2 && !group.Reciprocal)
            {
                discourse.SetGroup(ExtendsSet(sentence, group) ? NamedUpTo(sentence, group.End) : group.Actors, sentence.Sentence.Index);
                pairOnly = false;
            }
            else if (group.Actors.Length == 1 && !group.FromAnaphor)
            {
                // "China supplies … of Pakistan's imports": exactly two actors named apart.
                int actor = group.Actors[0];
                if (first < 0 || first == actor)
                {
                    first = actor;
                }
                else if (second < 0 || second == actor)
                {
                    second = actor;
                }
                else
                {
                    pairOnly = false;
                }
            }
        }

        if (pairOnly && second >= 0)
        {
            discourse.SetNamedPair(first, second, sentence.Sentence.Index);
        }

        // The subject of the last clause that has one: "… but Moscow isn't rushing …. Indeed, it seems …".
        int subject = -1;
        foreach (Clause clause in sentence.Clauses)
        {
            foreach (MentionGroup group in sentence.Groups)
            {
                if (clause.Contains(group.Start) && ArgumentFinder.IsSubjectLike(group))
                {
                    subject = group.Actors.Length == 1 ? group.Actors[0] : -1;
                    break;
                }
            }
        }

        discourse.LastSubject = subject;
    }
}
