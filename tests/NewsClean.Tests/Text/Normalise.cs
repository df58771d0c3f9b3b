namespace NewsClean.Tests.Text;

/// <summary>A pipeline with no rules: what is left is the text handling alone (splitting, normalising, writing).</summary>
internal static class Normalise
{
    private static readonly CleaningPipeline NoRules = new CleaningPipelineBuilder().Build();

    public static string Clean(string text) => NoRules.Clean(text);

    public static CleanResult CleanWithTrace(string text) => NoRules.CleanWithTrace(text);
}
