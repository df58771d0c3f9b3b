using System.Globalization;

namespace NewsClean.Eval;

/// <summary>Command-line options of the evaluation tool.</summary>
internal sealed class EvalOptions
{
    public string? Corpus { get; private set; }

    public string? Predictions { get; private set; }

    public double MinF1 { get; private set; }

    public double MinPrecision { get; private set; }

    public double MinKept { get; private set; }

    public bool ExplainLosses { get; private set; }

    public bool Html { get; private set; }

    public static EvalOptions? Parse(string[] args)
    {
        var options = new EvalOptions();
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--explain-losses")
            {
                options.ExplainLosses = true;
                continue;
            }

            if (args[i] == "--html")
            {
                options.Html = true;
                continue;
            }

            if (i + 1 >= args.Length)
            {
                return null;
            }

            string value = args[++i];
            switch (args[i - 1])
            {
                case "--corpus": options.Corpus = value; break;
                case "--pred": options.Predictions = value; break;
                case "--min-f1": options.MinF1 = double.Parse(value, CultureInfo.InvariantCulture); break;
                case "--min-precision": options.MinPrecision = double.Parse(value, CultureInfo.InvariantCulture); break;
                case "--min-kept": options.MinKept = double.Parse(value, CultureInfo.InvariantCulture); break;
                default: return null;
            }
        }

        return options;
    }
}
