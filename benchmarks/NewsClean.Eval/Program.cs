using System.Globalization;
using System.Text.Json;
using NewsClean;
using NewsClean.Eval;

// Scores NewsClean on ../shared/eval/dev with score.py's metric. Exit code 1 when a --min-* floor is not met.
var options = EvalOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: NewsClean.Eval [--corpus DIR|FILE] [--pred OUT.jsonl] [--min-f1 X] [--min-precision X] [--min-kept X] [--explain-losses]");
    return 2;
}

string? corpus = options.Corpus ?? EvalRecord.FindDevCorpus(Directory.GetCurrentDirectory()) ?? EvalRecord.FindDevCorpus(AppContext.BaseDirectory);
if (corpus is null || !(Directory.Exists(corpus) || File.Exists(corpus)))
{
    Console.Error.WriteLine("NewsClean.Eval: cannot find the corpus (shared/eval/dev beside the repository); pass --corpus.");
    return 2;
}

var records = EvalRecord.Load(corpus);
var report = Evaluator.Run(records, r => NewsCleaner.Clean(r.ScrapedText), NewsCleaner.Clean);

var inv = CultureInfo.InvariantCulture;
Console.WriteLine(string.Create(inv, $"corpus: {corpus} ({records.Count} records)"));
Console.WriteLine("group          n       P      R     F1  microP microR microF1");
void Row(string name, ScoreSummary s) => Console.WriteLine(string.Create(inv,
    $"{name,-10} {s.Count,5}  {s.Precision,6:F3} {s.Recall,6:F3} {s.F1,6:F3}  {s.MicroPrecision,6:F3} {s.MicroRecall,6:F3} {s.MicroF1,6:F3}"));
Row("ALL", report.Overall);
foreach (var (language, summary) in report.ByLanguage)
{
    Row(language, summary);
}

Console.WriteLine(string.Create(inv, $"kept on clean input (token recall of Clean(truth)): {report.KeptOnClean:F4}"));

// Clean must be idempotent on real pages, not only on generated strings.
var unstable = records.AsParallel().Where(r =>
{
    string once = NewsCleaner.Clean(r.ScrapedText);
    return NewsCleaner.Clean(once) != once;
}).Select(r => r.Id).ToList();
Console.WriteLine(string.Create(inv, $"idempotence: Clean(Clean(x)) != Clean(x) on {unstable.Count} of {records.Count} pages {string.Join(' ', unstable.Select(id => id[..8]))}"));

if (options.ExplainLosses)
{
    var guarded = records.SelectMany(r => NewsCleaner.CleanWithTrace(r.ScrapedText).Guarded).GroupBy(g => g.RuleId);
    foreach (var group in guarded)
    {
        Console.WriteLine(string.Create(inv, $"guard refused {group.Key} on {group.Count()} pages"));
    }

    LossReport.Write(records, Console.Out);
}

if (options.Predictions is { } predictionsPath)
{
    using var writer = new StreamWriter(predictionsPath);
    foreach (var record in records.Where(r => report.Outputs.ContainsKey(r.Id)))
    {
        writer.WriteLine(JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = record.Id, ["set"] = record.Set, ["output"] = report.Outputs[record.Id] }));
    }
}

var failures = new List<string>();
if (report.Overall.F1 < options.MinF1)
{
    failures.Add(string.Create(inv, $"F1 {report.Overall.F1:F3} is below the floor {options.MinF1:F3}"));
}

if (report.Overall.Precision < options.MinPrecision)
{
    failures.Add(string.Create(inv, $"precision {report.Overall.Precision:F3} is below the floor {options.MinPrecision:F3}"));
}

if (unstable.Count > 0)
{
    failures.Add("Clean is not idempotent on some pages");
}

if (report.KeptOnClean < options.MinKept)
{
    failures.Add(string.Create(inv, $"kept-on-clean {report.KeptOnClean:F4} is below the floor {options.MinKept:F4}"));
}

foreach (var failure in failures)
{
    Console.Error.WriteLine($"NewsClean.Eval: {failure}");
}

return failures.Count == 0 ? 0 : 1;
