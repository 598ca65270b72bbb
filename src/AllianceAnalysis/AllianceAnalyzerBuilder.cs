using AllianceAnalysis.Packs;

namespace AllianceAnalysis;

/// <summary>Collects rule packs and builds an <see cref="AllianceAnalyzer"/>.</summary>
/// <remarks>A builder is mutable and not thread-safe; the analyzer it builds is immutable and thread-safe.</remarks>
public sealed class AllianceAnalyzerBuilder
{
    private readonly List<RulePack> _packs = [RulePack.Default];

    internal AllianceAnalyzerBuilder()
    {
    }

    /// <summary>Adds a pack after those already added; later packs add actors and rules and override earlier ones by id.</summary>
    /// <param name="pack">The pack.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pack"/> is null.</exception>
    public AllianceAnalyzerBuilder AddPack(RulePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        _packs.Add(pack);
        return this;
    }

    /// <summary>Removes every pack, including the default one, so that only packs added afterwards are used.</summary>
    /// <returns>This builder.</returns>
    public AllianceAnalyzerBuilder ClearPacks()
    {
        _packs.Clear();
        return this;
    }

    /// <summary>Compiles the packs into an analyzer. The builder keeps its packs and may be built again.</summary>
    /// <returns>A new immutable, thread-safe analyzer.</returns>
    /// <exception cref="RulePackException">A pack refers to an unknown actor or relation type, or holds an invalid rule.</exception>
    public AllianceAnalyzer Build() => new([.. _packs]);
}
