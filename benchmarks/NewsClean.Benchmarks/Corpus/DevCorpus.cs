using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace NewsClean.Benchmarks.Corpus;

/// <summary>One page of the dev corpus: the scraped text <c>Clean</c> takes and the HTML <c>CleanHtml</c> takes.</summary>
/// <param name="Id">The benchmark's id of the page.</param>
/// <param name="Text">The page's <c>scraped_text</c>.</param>
/// <param name="Html">The page's <c>html</c>.</param>
public sealed record DevRecord(string Id, string Text, string Html);

/// <summary>The dev corpus (<c>eval/dev/scrapinghub.jsonl.gz</c>), read once per process, in file order.</summary>
public static class DevCorpus
{
    private static readonly Lazy<DevRecord[]> Records = new(Load);

    /// <summary>Every record, in file order.</summary>
    public static IReadOnlyList<DevRecord> All => Records.Value;

    private static DevRecord[] Load()
    {
        using var file = File.OpenRead(SharedDirectory.DevCorpusFile());
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var records = new List<DevRecord>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            records.Add(new DevRecord(
                root.GetProperty("id").GetString() ?? string.Empty,
                root.GetProperty("scraped_text").GetString() ?? string.Empty,
                root.GetProperty("html").GetString() ?? string.Empty));
        }

        return [.. records];
    }
}
