using System.Collections.Concurrent;
using Xunit;

namespace NewsClean.Tests.Support;

/// <summary>
/// Runs text through a pipeline of one built-in rule and checks the trace: which lines that rule removed, and that the
/// article lines around them survive both that rule and the full default pipeline.
/// </summary>
internal static class RuleHarness
{
    private static readonly ConcurrentDictionary<string, CleaningPipeline> SingleRulePipelines = new(StringComparer.Ordinal);

    /// <summary>A pipeline holding only the named built-in rule (and every bundled language pack).</summary>
    public static CleaningPipeline Only(string ruleId) =>
        SingleRulePipelines.GetOrAdd(ruleId, id => new CleaningPipelineBuilder().UseRules(id).Build());

    /// <summary>
    /// Cleans the English article followed by <paramref name="after"/> with only <paramref name="ruleId"/> and only the
    /// <paramref name="language"/> pack, so the rule reads that pack's phrases; the article around them is the test's.
    /// </summary>
    public static CleanResult CleanAfterArticle(string ruleId, string language, params string[] after) =>
        new CleaningPipelineBuilder().UseRules(ruleId).UseLanguages(language).Build().CleanWithTrace(Document([.. ArticleText.English, .. after]));

    /// <summary>Joins lines into a document of one-line paragraphs, as scrapers deliver innerText.</summary>
    public static string Document(params string[] lines) => string.Join("\n\n", lines);

    /// <summary>
    /// Cleans <paramref name="text"/> with only <paramref name="ruleId"/> and asserts that the rule removed exactly the
    /// <paramref name="removed"/> lines and kept every <paramref name="kept"/> line. Then asserts that the default pipeline
    /// also keeps every <paramref name="kept"/> line and drops every <paramref name="removed"/> one.
    /// </summary>
    public static CleanResult AssertRule(string ruleId, string text, string[] removed, string[] kept)
    {
        var result = Only(ruleId).CleanWithTrace(text);
        var removedLines = RemovedLines(result, ruleId);
        Assert.Equal(removed.Order(StringComparer.Ordinal), removedLines.Order(StringComparer.Ordinal));
        Assert.All(result.Removals, r => Assert.Equal(ruleId, r.RuleId));
        Assert.Empty(result.Guarded);
        Assert.Empty(result.Failures);
        AssertKept(result, kept);

        var full = NewsCleaner.CleanWithTrace(text);
        AssertKept(full, kept);
        var fullParagraphs = Paragraphs(full.Text);
        Assert.All(removed.Except(kept), line => Assert.DoesNotContain(line, fullParagraphs));
        return result;
    }

    /// <summary>
    /// Places each boilerplate line as its own paragraph in the middle of <paramref name="article"/> and asserts that
    /// the rule removes exactly those lines and keeps the whole article.
    /// </summary>
    public static CleanResult AssertRemovedAmid(string ruleId, string[] article, params string[] boilerplate)
    {
        string text = Document([.. article[..2], .. boilerplate, .. article[2..]]);
        return AssertRule(ruleId, text, removed: boilerplate, kept: article);
    }

    /// <summary>Asserts that the rule removes nothing from <paramref name="article"/>, alone or inside the article.</summary>
    public static void AssertKeepsAmid(string ruleId, string[] article, params string[] content)
    {
        string text = Document([.. article[..2], .. content, .. article[2..]]);
        AssertRule(ruleId, text, removed: [], kept: [.. article, .. content]);
    }

    /// <summary>
    /// Sets <paramref name="line"/> after the first paragraph of <paramref name="article"/> (lines joined by
    /// <paramref name="separator"/>), cleans the page with the default pipeline and asserts that
    /// <paramref name="ruleId"/> removed the line and that the whole article is left, paragraph by paragraph.
    /// </summary>
    public static void AssertDefaultRemovesAmid(string[] article, string line, string ruleId, string separator)
    {
        var result = NewsCleaner.CleanWithTrace(string.Join(separator, [article[0], article[1], line, .. article[2..]]));

        var removal = result.Removals.FirstOrDefault(r => r.Text.Split('\n').Contains(line));
        Assert.True(removal is not null, $"not removed: {line}\n{Describe(result)}");
        Assert.Equal(ruleId, removal.RuleId);
        Assert.Equal(article, result.Text.Split("\n\n"));
    }

    /// <summary>
    /// Sets <paramref name="line"/> after the first paragraph of <paramref name="article"/> (lines joined by
    /// <paramref name="separator"/>), cleans the page with the default pipeline and asserts that every line, the new
    /// one included, is left as a paragraph.
    /// </summary>
    public static void AssertDefaultKeepsAmid(string[] article, string line, string separator)
    {
        string[] expected = [article[0], article[1], line, .. article[2..]];

        var result = NewsCleaner.CleanWithTrace(string.Join(separator, expected));

        Assert.True(!result.Removals.Any(r => r.Text.Contains(line, StringComparison.Ordinal)), $"removed: {line}\n{Describe(result)}");
        Assert.Equal(expected, result.Text.Split("\n\n"));
    }

    /// <summary>Every kept line is a paragraph of the output, and no removal took any part of it.</summary>
    public static void AssertKept(CleanResult result, IEnumerable<string> kept)
    {
        var paragraphs = Paragraphs(result.Text);
        foreach (var line in kept)
        {
            Assert.True(paragraphs.Contains(line), $"Expected to keep \"{line}\", but the output was:\n{result.Text}\nRemovals:\n{Describe(result)}");
        }
    }

    /// <summary>The whole input lines a rule removed (removals of several lines are split back into lines).</summary>
    public static List<string> RemovedLines(CleanResult result, string ruleId) =>
        result.Removals.Where(r => r.RuleId == ruleId && !r.IsPartial).SelectMany(r => r.Text.Split('\n')).ToList();

    /// <summary>The output's paragraphs.</summary>
    public static HashSet<string> Paragraphs(string text) => text.Split("\n\n").ToHashSet(StringComparer.Ordinal);

    /// <summary>The trace in a readable form, for failure messages.</summary>
    public static string Describe(CleanResult result) =>
        string.Join('\n', result.Removals.Select(r => $"  {r.RuleId} [{r.FirstLine}-{r.LastLine}] {r.Reason}: {r.Text}"));
}
