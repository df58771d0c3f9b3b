using System.Globalization;
using System.Text;

namespace NewsClean.Cli;

/// <summary>The <c>newsclean</c> command: reads files or standard input and writes the cleaned text.</summary>
public static class CliApp
{
    private const string Usage = """
        Usage: newsclean [options] [FILE...]

        Removes boilerplate from scraped news text and writes the article to standard output.
        With no FILE, or when FILE is -, reads standard input. Input and output are UTF-8.

        Options:
          --html           the input is a web page's HTML: extract the article from it, then clean it
          --explain        after the text, list each removal with its rule, reason and input lines
                           (with --html, DOM removals too; lines are the HTML's)
          --lang TAG       use only this language pack (repeatable), e.g. --lang en --lang id
          --disable ID     turn a rule off (repeatable), e.g. --disable site.dateline
          --rules          list the built-in rules and exit
          -h, --help       show this help
          --version        show the version
        """;

    /// <summary>Runs the command and returns its exit code: 0 on success, 1 when an input cannot be read, 2 on bad usage.</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);

        if (!CliOptions.TryParse(args, out var options, out string? error))
        {
            stderr.WriteLine($"newsclean: {error}");
            stderr.WriteLine("Try 'newsclean --help'.");
            return 2;
        }

        if (options.Help)
        {
            stdout.WriteLine(Usage);
            return 0;
        }

        if (options.Version)
        {
            stdout.WriteLine(typeof(NewsCleaner).Assembly.GetName().Version?.ToString(3));
            return 0;
        }

        if (options.ListRules)
        {
            // Descriptions start in one column, after the longest id.
            int width = NewsCleaner.Default.Rules.Max(r => r.Id.Length);
            foreach (var rule in NewsCleaner.Default.Rules)
            {
                stdout.WriteLine($"{rule.Id.PadRight(width)} {rule.Description}");
            }

            return 0;
        }

        CleaningPipeline pipeline;
        try
        {
            pipeline = BuildPipeline(options);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            stderr.WriteLine($"newsclean: {ex.Message}");
            return 2;
        }

        var inputs = options.Files.Count == 0 ? ["-"] : options.Files;
        int exitCode = 0;
        foreach (var input in inputs)
        {
            if (!TryRead(input, stdin, out string text, out string? readError))
            {
                stderr.WriteLine($"newsclean: {readError}");
                exitCode = 1;
                continue;
            }

            if (inputs.Count > 1)
            {
                stdout.WriteLine($"==> {input} <==");
            }

            var result = options.Html ? NewsCleaner.CleanHtmlWithTrace(text, pipeline) : pipeline.CleanWithTrace(text);
            stdout.WriteLine(result.Text);
            if (options.Explain)
            {
                WriteExplanation(result, stdout);
            }
        }

        return exitCode;
    }

    private static CleaningPipeline BuildPipeline(CliOptions options)
    {
        if (options.Languages.Count == 0 && options.Disabled.Count == 0)
        {
            return NewsCleaner.Default;
        }

        var builder = NewsCleaner.CreateBuilder().UseLanguages([.. options.Languages]);
        foreach (var id in options.Disabled)
        {
            builder.DisableRule(id);
        }

        return builder.Build();
    }

    private static bool TryRead(string input, TextReader stdin, out string text, out string? error)
    {
        error = null;
        text = string.Empty;
        if (input == "-")
        {
            text = stdin.ReadToEnd();
            return true;
        }

        try
        {
            text = File.ReadAllText(input, Encoding.UTF8);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error = ex switch
            {
                FileNotFoundException or DirectoryNotFoundException => $"{input}: no such file",
                UnauthorizedAccessException => $"{input}: permission denied",
                _ => $"{input}: cannot read ({ex.Message})",
            };
            return false;
        }
    }

    private static void WriteExplanation(CleanResult result, TextWriter stdout)
    {
        stdout.WriteLine();
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# {result.Removals.Count} removal(s)"));
        foreach (var removal in result.Removals)
        {
            string lines = removal.FirstLine == removal.LastLine
                ? removal.FirstLine.ToString(CultureInfo.InvariantCulture)
                : string.Create(CultureInfo.InvariantCulture, $"{removal.FirstLine}-{removal.LastLine}");
            string partial = removal.IsPartial ? " (end of line)" : string.Empty;
            stdout.WriteLine($"line {lines}{partial}: {removal.RuleId}: {removal.Reason}");
            foreach (var line in removal.Text.Split('\n'))
            {
                stdout.WriteLine($"    | {line}");
            }
        }

        foreach (var guarded in result.Guarded)
        {
            stdout.WriteLine($"kept: {guarded.RuleId} was overruled: {guarded.Reason}");
        }

        foreach (var failure in result.Failures)
        {
            stdout.WriteLine($"failed: {failure.RuleId}: {failure.Exception.Message}");
        }
    }
}
