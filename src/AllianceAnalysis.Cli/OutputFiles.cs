using System.Text;
using AllianceAnalysis.Aggregation;
using AllianceAnalysis.Output;

namespace AllianceAnalysis.Cli;

/// <summary>
/// Writes <c>claims.jsonl</c>, <c>relations.json</c> and <c>relations.csv</c> into a folder whole or not at all: each
/// is written to a temporary file in the folder, and only when all three are complete are they moved over the
/// targets. Disposing without <see cref="Commit"/> deletes the temporary files and leaves the targets untouched.
/// </summary>
/// <remarks>Not thread-safe.</remarks>
internal sealed class OutputFiles : IDisposable
{
    public const string ClaimsFile = "claims.jsonl";
    public const string RelationsJsonFile = "relations.json";
    public const string RelationsCsvFile = "relations.csv";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string _directory;
    private readonly string _suffix = $".{Guid.NewGuid():N}.tmp";
    private readonly List<string> _temporaries = [];
    private readonly StreamWriter _claims;

    private OutputFiles(string directory)
    {
        _directory = directory;
        _claims = CreateTemporary(ClaimsFile);
    }

    /// <summary>Where claims are streamed while documents are analysed.</summary>
    public TextWriter Claims => _claims;

    /// <summary>Creates the folder if needed and opens the temporary claims file in it.</summary>
    /// <exception cref="IOException">The folder cannot be created or written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder cannot be written.</exception>
    public static OutputFiles Open(string directory)
    {
        Directory.CreateDirectory(directory);
        return new OutputFiles(directory);
    }

    /// <summary>Writes the relations, then moves the three complete files over their targets.</summary>
    /// <exception cref="IOException">A file cannot be written or a target is a folder; no target has been replaced.</exception>
    /// <exception cref="UnauthorizedAccessException">A file cannot be written; no target has been replaced.</exception>
    public void Commit(RelationSet relations)
    {
        _claims.Dispose();
        using (StreamWriter json = CreateTemporary(RelationsJsonFile))
        {
            RelationJsonWriter.Write(json, relations);
        }

        using (StreamWriter csv = CreateTemporary(RelationsCsvFile))
        {
            RelationCsvWriter.Write(csv, relations);
        }

        string[] names = [ClaimsFile, RelationsJsonFile, RelationsCsvFile];
        foreach (string name in names)
        {
            string target = Path.Combine(_directory, name);
            if (Directory.Exists(target))
            {
                throw new IOException($"'{target}' is a folder");
            }
        }

        foreach (string name in names)
        {
            File.Move(Temporary(name), Path.Combine(_directory, name), overwrite: true);
        }

        _temporaries.Clear();
    }

    /// <summary>Closes the claims file and deletes whatever temporary file is left.</summary>
    public void Dispose()
    {
        _claims.Dispose();
        foreach (string temporary in _temporaries)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Best effort: the run has already failed and said why; a stray temporary file is not worth a second error.
            }
        }

        _temporaries.Clear();
    }

    private string Temporary(string name) => Path.Combine(_directory, "." + name + _suffix);

    private StreamWriter CreateTemporary(string name)
    {
        string path = Temporary(name);
        var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        _temporaries.Add(path);
        return new StreamWriter(stream, Utf8);
    }
}
