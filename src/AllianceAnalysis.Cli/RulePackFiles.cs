using AllianceAnalysis.Packs;

namespace AllianceAnalysis.Cli;

/// <summary>Turns the <c>--rules</c> / pack arguments (files or folders of <c>*.yaml</c>) into an analyzer.</summary>
internal static class RulePackFiles
{
    /// <summary>The default pack followed by every given pack, folders expanded in ordinal order.</summary>
    /// <exception cref="RulePackException">A pack is missing or broken.</exception>
    public static AllianceAnalyzer CreateAnalyzer(IReadOnlyList<string> paths)
    {
        if (paths.Count == 0)
        {
            return AllianceAnalyzer.Default;
        }

        AllianceAnalyzerBuilder builder = AllianceAnalyzer.CreateBuilder();
        foreach (string file in Expand(paths))
        {
            builder.AddPack(RulePack.LoadFile(file));
        }

        return builder.Build();
    }

    /// <summary>Prints a refused pack: every problem on its own line.</summary>
    public static void Report(RulePackException ex, TextWriter error)
    {
        IEnumerable<string> lines = ex.Problems.Count > 0 ? ex.Problems : [ex.Message];
        foreach (string line in lines)
        {
            error.WriteLine($"error: {line}");
        }
    }

    private static IEnumerable<string> Expand(IReadOnlyList<string> paths)
    {
        foreach (string path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (string file in Directory.EnumerateFiles(path, "*.*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal))
                {
                    yield return file;
                }
            }
            else
            {
                // A missing file is reported by RulePack.LoadFile with its name.
                yield return path;
            }
        }
    }
}
