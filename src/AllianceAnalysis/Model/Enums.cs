namespace AllianceAnalysis;

/// <summary>Whether the text affirms or negates a relation.</summary>
/// <remarks>A value type; thread-safe.</remarks>
public enum Polarity
{
    /// <summary>The relation is stated to hold (or to be intended, hedged or hypothesised).</summary>
    Affirmed,

    /// <summary>The relation is stated not to hold ("does not include a mutual defense clause").</summary>
    Negated,
}

/// <summary>How certainly the text asserts a relation. Every value but <see cref="Asserted"/> lowers strength.</summary>
/// <remarks>A value type; thread-safe.</remarks>
public enum Modality
{
    /// <summary>Stated as fact.</summary>
    Asserted,

    /// <summary>Stated with a hedge ("seems", "appears", "unlikely to").</summary>
    Hedged,

    /// <summary>Planned, intended or expected ("intend to sign", "will include", "is expected to").</summary>
    Intended,

    /// <summary>Conditional or hypothetical ("if", "would", "could").</summary>
    Hypothetical,
}

/// <summary>What a sentence is, structurally.</summary>
/// <remarks>A value type; thread-safe.</remarks>
public enum SentenceKind
{
    /// <summary>Running prose.</summary>
    Body,

    /// <summary>A title or in-body heading: a line without final punctuation.</summary>
    Heading,

    /// <summary>A bullet or table-of-contents line.</summary>
    ListItem,
}

/// <summary>Kinds of boilerplate that are not part of an article's argument and yield no claims.</summary>
/// <remarks>A value type; thread-safe.</remarks>
public enum BoilerplateKind
{
    /// <summary>Not boilerplate.</summary>
    None,

    /// <summary>An image caption or credit line ("Map of Russia - Guide of the World").</summary>
    Caption,

    /// <summary>An author profile or social-media block.</summary>
    AuthorProfile,

    /// <summary>A call to action ("Share your thoughts in the comments below").</summary>
    SharePrompt,

    /// <summary>Unrelated headlines after the end of the article.</summary>
    TrailingHeadline,
}

/// <summary>How an actor mention was recognised.</summary>
/// <remarks>A value type; thread-safe.</remarks>
public enum MentionKind
{
    /// <summary>The actor's name or an alias ("Russia", "the Russian Federation").</summary>
    Name,

    /// <summary>A demonym ("Russian", "Iranian").</summary>
    Demonym,

    /// <summary>A capital or metonym standing for the government ("Moscow", "the Kremlin").</summary>
    Metonym,

    /// <summary>An institution of the actor ("Iran's parliament", "Russia's foreign ministry").</summary>
    Institution,

    /// <summary>A person acting for the actor ("Lavrov", "Biden administration officials").</summary>
    Person,

    /// <summary>A pronoun or group expression resolved from context ("it", "the two nations").</summary>
    Anaphor,
}
