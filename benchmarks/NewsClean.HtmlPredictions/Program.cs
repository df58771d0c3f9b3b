using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using NewsClean;

// Usage: NewsClean.HtmlPredictions CORPUS(.jsonl.gz | .jsonl | folder) OUT.jsonl
//        NewsClean.HtmlPredictions CORPUS OUT.jsonl ID-PREFIX   (also prints that record's removal trace to stderr)
// Reads each record's "html", runs NewsCleaner.CleanHtml and writes {"id","set","output"} per line for score.py.
if (args.Length is < 2 or > 3)
{
    Console.Error.WriteLine("usage: NewsClean.HtmlPredictions CORPUS OUT.jsonl [ID-PREFIX]");
    return 2;
}

var files = Directory.Exists(args[0])
    ? Directory.GetFiles(args[0], "*.jsonl*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray()
    : [args[0]];
using var output = new StreamWriter(args[1], append: false, new UTF8Encoding(false));
int count = 0;
var clock = Stopwatch.StartNew();
foreach (var file in files)
{
    using var stream = File.OpenRead(file);
    using Stream input = file.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
    using var reader = new StreamReader(input, Encoding.UTF8);
    while (reader.ReadLine() is { } line)
    {
        using var record = JsonDocument.Parse(line);
        var root = record.RootElement;
        if (!root.TryGetProperty("html", out var html) || html.ValueKind != JsonValueKind.String)
        {
            continue;
        }

        string id = root.GetProperty("id").GetString() ?? string.Empty;
        string cleaned = NewsCleaner.CleanHtml(html.GetString()!);
        if (args.Length == 3 && id.StartsWith(args[2], StringComparison.Ordinal))
        {
            foreach (var removal in NewsCleaner.CleanHtmlWithTrace(html.GetString()!).Removals)
            {
                string text = removal.Text.Length > 300 ? removal.Text[..300] + "..." : removal.Text;
                Console.Error.WriteLine($"[{removal.FirstLine}] {removal.RuleId}: {removal.Reason}: {text.Replace('\n', '|')}");
            }
        }

        var prediction = new Dictionary<string, string?>
        {
            ["id"] = id,
            ["set"] = root.TryGetProperty("set", out var set) ? set.GetString() : null,
            ["output"] = cleaned,
        };
        output.WriteLine(JsonSerializer.Serialize(prediction));
        count++;
    }
}

Console.Error.WriteLine($"{count} records in {clock.Elapsed.TotalSeconds:F1} s");
return 0;
