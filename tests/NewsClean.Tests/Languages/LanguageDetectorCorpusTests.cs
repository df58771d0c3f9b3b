using System.IO.Compression;
using System.Text.Json;
using NewsClean.Languages;
using Xunit;

namespace NewsClean.Tests.Languages;

/// <summary>The detector against the labelled pages of the development corpus (../shared/eval/dev, outside the repo).</summary>
public sealed class LanguageDetectorCorpusTests
{
    [Fact]
    public void Agrees_with_the_corpus_language_labels()
    {
        var mismatches = new List<string>();
        int checkedPages = 0;
        foreach (var (id, language, truth, scraped) in ReadCorpus())
        {
            if (!LanguagePack.Available.Contains(language))
            {
                continue;
            }

            foreach (var (field, text) in new[] { ("truth", truth), ("scraped_text", scraped) })
            {
                checkedPages++;
                string? detected = LanguageDetector.Bundled.Detect(text);
                if (detected != language)
                {
                    mismatches.Add($"{id[..12]} {field}: labelled {language}, detected {detected ?? "null"}");
                }
            }
        }

        Assert.True(checkedPages >= 300, $"only {checkedPages} labelled texts found");
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    private static IEnumerable<(string Id, string Language, string Truth, string Scraped)> ReadCorpus()
    {
        string path = Path.Combine(FindRepoRoot(), "..", "shared", "eval", "dev", "scrapinghub.jsonl.gz");
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        while (reader.ReadLine() is { } line)
        {
            using var record = JsonDocument.Parse(line);
            var root = record.RootElement;
            if (root.GetProperty("truth").ValueKind == JsonValueKind.String)
            {
                yield return (root.GetProperty("id").GetString()!, root.GetProperty("lang").GetString()!,
                    root.GetProperty("truth").GetString()!, root.GetProperty("scraped_text").GetString()!);
            }
        }
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsClean.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("NewsClean.sln not found above " + AppContext.BaseDirectory);
    }
}
