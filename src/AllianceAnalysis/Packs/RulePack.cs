using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace AllianceAnalysis.Packs;

/// <summary>
/// A loaded rule pack: actors, relation types, relation rules, cue lists and test cases, read from YAML.
/// Packs are data; the analyzer builder compiles one or more of them into an analyzer.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class RulePack
{
    private const string DefaultResource = "AllianceAnalysis.Packs.core.pack.yaml";

    // A Deserializer is safe to share for Deserialize calls.
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(HyphenatedNamingConvention.Instance)
        .WithEnforceRequiredMembers()
        .WithDuplicateKeyChecking()
        .Build();

    private static readonly Lazy<RulePack> DefaultPack = new(() => LoadEmbedded(DefaultResource));

    private RulePack(PackDocument document, string source, PackPositions positions)
    {
        Document = document;
        Source = source;
        Positions = positions;
    }

    /// <summary>The default pack embedded in the library (<c>core</c>), read on first use and shared.</summary>
    /// <remarks>Thread-safe: the first access from any thread reads it once.</remarks>
    /// <exception cref="RulePackException">Never in a correct build; the embedded pack is tested.</exception>
    public static RulePack Default => DefaultPack.Value;

    /// <summary>The pack's id, e.g. <c>core</c>.</summary>
    public string Id => Document.Pack.Id;

    /// <summary>The pack's version, e.g. <c>1.0.0</c>.</summary>
    public string Version => Document.Pack.Version;

    /// <summary>Where the pack was read from: a file path or an embedded resource name.</summary>
    public string Source { get; }

    internal PackDocument Document { get; }

    /// <summary>Where each YAML node starts, for errors found after loading (when packs are compiled together).</summary>
    internal PackPositions Positions { get; }

    /// <summary>Reads a pack from a YAML file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The pack.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="RulePackException">The file cannot be read or is not a valid pack; the message names file, line and column.</exception>
    /// <remarks>Thread-safe. References to actors and relation types are checked only when an analyzer is built.</remarks>
    public static RulePack LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string yaml;
        try
        {
            yaml = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new RulePackException(path, 0, 0, ex.Message, ex);
        }

        return Parse(yaml, path);
    }

    /// <summary>Reads a pack from YAML text.</summary>
    /// <param name="yaml">The pack's YAML.</param>
    /// <param name="source">A name for error messages, usually the file path.</param>
    /// <returns>The pack.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="yaml"/> or <paramref name="source"/> is null.</exception>
    /// <exception cref="RulePackException">The YAML is not a valid pack; the message names source, line and column.</exception>
    /// <remarks>Thread-safe. References to actors and relation types are checked only when an analyzer is built.</remarks>
    public static RulePack Parse(string yaml, string source)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(source);
        PackPositions positions = PackPositions.Read(yaml, source);
        PackDocument? document;
        try
        {
            document = Deserializer.Deserialize<PackDocument>(yaml);
        }
        catch (YamlException ex)
        {
            string reason = Innermost(ex).Message;
            throw new RulePackException(source, (int)ex.Start.Line, (int)ex.Start.Column, reason, ex);
        }

        if (document is null)
        {
            throw new RulePackException(source, 0, 0, "the pack is empty");
        }

        PackValidator.Validate(document, positions, source);
        return new RulePack(document, source, positions);
    }

    private static RulePack LoadEmbedded(string resource)
    {
        using Stream stream = typeof(RulePack).Assembly.GetManifestResourceStream(resource)
            ?? throw new RulePackException(resource, 0, 0, "embedded pack not found");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), resource);
    }

    private static Exception Innermost(Exception ex)
    {
        while (ex.InnerException is not null)
        {
            ex = ex.InnerException;
        }

        return ex;
    }

    /// <summary>The pack as <c>id@version</c>, the form used in <see cref="Evidence.Pack"/>.</summary>
    /// <returns>For example <c>core@1.0.0</c>.</returns>
    public override string ToString() => $"{Id}@{Version}";
}
