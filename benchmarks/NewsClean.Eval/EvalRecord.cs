using System.IO.Compression;
using System.Text.Json;

namespace NewsClean.Eval;

/// <summary>One page of the evaluation corpus: its scraped text, its HTML and the human-written article body.</summary>
public sealed record EvalRecord(string Id, string Set, string Language, string ScrapedText, string Html, string? Truth)
{
    /// <summary>Reads every record of the <c>*.jsonl</c> / <c>*.jsonl.gz</c> files in a folder (or one file), in name order.</summary>
    public static IReadOnlyList<EvalRecord> Load(string path)
    {
        var files = Directory.Exists(path)
            ? Directory.GetFiles(path).Where(f => f.EndsWith(".jsonl", StringComparison.Ordinal) || f.EndsWith(".jsonl.gz", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            : (IEnumerable<string>)[path];
        var records = new List<EvalRecord>();
        foreach (var file in files)
        {
            using var stream = File.OpenRead(file);
            using Stream content = file.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
            using var reader = new StreamReader(content);
            while (reader.ReadLine() is { } line)
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                records.Add(new EvalRecord(
                    Get(root, "id") ?? string.Empty,
                    Get(root, "set") ?? string.Empty,
                    Get(root, "lang") ?? "und",
                    Get(root, "scraped_text") ?? string.Empty,
                    Get(root, "html") ?? string.Empty,
                    Get(root, "truth")));
            }
        }

        return records;
    }

    /// <summary>Finds <c>shared/eval/dev</c> beside the repository by walking up from <paramref name="start"/>.</summary>
    public static string? FindDevCorpus(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "eval", "dev");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string? Get(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
