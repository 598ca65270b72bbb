using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AllianceAnalysis.Packs;

/// <summary>
/// Where each node of a pack's YAML starts, by path ("rules/3/strength", "actors/0/people/1/from"), so errors found
/// after deserialisation can still name line and column. Built from YamlDotNet's representation model, which also
/// lets the loader refuse explicit type tags (a pack is data, never objects).
/// </summary>
internal sealed class PackPositions
{
    private readonly Dictionary<string, (int Line, int Column)> _positions = new(StringComparer.Ordinal);

    private PackPositions()
    {
    }

    public static PackPositions Empty { get; } = new();

    /// <summary>Parses the YAML into positions; throws <see cref="RulePackException"/> on syntax errors and type tags.</summary>
    public static PackPositions Read(string yaml, string source)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            throw new RulePackException(source, (int)ex.Start.Line, (int)ex.Start.Column, Innermost(ex).Message, ex);
        }

        var positions = new PackPositions();
        foreach (YamlDocument document in stream.Documents)
        {
            positions.Walk(document.RootNode, string.Empty, source);
        }

        return positions;
    }

    /// <summary>Line and column of the node at <paramref name="path"/>, or of its nearest recorded ancestor; (0, 0) if none.</summary>
    public (int Line, int Column) Of(string path)
    {
        string current = path;
        while (true)
        {
            if (_positions.TryGetValue(current, out var position))
            {
                return position;
            }

            int slash = current.LastIndexOf('/');
            if (slash < 0)
            {
                return _positions.TryGetValue(string.Empty, out position) ? position : (0, 0);
            }

            current = current[..slash];
        }
    }

    private void Walk(YamlNode node, string path, string source)
    {
        if (!node.Tag.IsEmpty && !node.Tag.IsNonSpecific)
        {
            throw new RulePackException(source, (int)node.Start.Line, (int)node.Start.Column,
                $"YAML type tags are not allowed in a rule pack (found '{node.Tag}'): a pack is data");
        }

        _positions.TryAdd(path, ((int)node.Start.Line, (int)node.Start.Column));
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    string name = key is YamlScalarNode scalar ? scalar.Value ?? string.Empty : key.ToString();
                    Walk(value, path.Length == 0 ? name : $"{path}/{name}", source);
                }

                break;
            case YamlSequenceNode sequence:
                for (int i = 0; i < sequence.Children.Count; i++)
                {
                    Walk(sequence.Children[i], $"{path}/{i}", source);
                }

                break;
        }
    }

    private static Exception Innermost(Exception ex)
    {
        while (ex.InnerException is not null)
        {
            ex = ex.InnerException;
        }

        return ex;
    }
}
