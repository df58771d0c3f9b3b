using Microsoft.Extensions.Logging;
using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Pipeline;

public class LoggingTests
{
    private const string Secret = "Residents of Woolwich were told to leave before midnight, the borough council said on Tuesday evening.";

    private static readonly string Text = RuleHarness.Document(
        [.. ArticleText.English[..2], "ADVERTISEMENT", "Follow us on Twitter", Secret, .. ArticleText.English[2..]]);

    private static (CleanResult Result, IReadOnlyList<LogEntry> Entries) CleanWithLogging(LogLevel minimum, Func<CleaningPipelineBuilder, CleaningPipelineBuilder>? configure = null)
    {
        using var factory = new CapturingLoggerFactory(minimum);
        var builder = NewsCleaner.CreateBuilder().UseLoggerFactory(factory);
        var pipeline = (configure?.Invoke(builder) ?? builder).Build();
        var result = pipeline.CleanWithTrace(Text);
        return (result, factory.Entries);
    }

    [Fact]
    public void Each_removal_is_logged_at_Debug_with_its_rule_and_lines()
    {
        var (result, entries) = CleanWithLogging(LogLevel.Debug);

        var removals = entries.Where(e => e.EventId.Name == "RuleRemoved").ToList();
        Assert.Equal(result.Removals.Count, removals.Count);
        Assert.All(removals, e => Assert.Equal(LogLevel.Debug, e.Level));
        Assert.Contains(removals, e => e.Message.Contains("ads.line", StringComparison.Ordinal) && e.Message.Contains("5-5", StringComparison.Ordinal));
        Assert.Contains(removals, e => e.Message.Contains("social.prompt", StringComparison.Ordinal));
    }

    [Fact]
    public void No_article_or_removed_text_is_logged_above_Trace()
    {
        var (result, entries) = CleanWithLogging(LogLevel.Trace, b => b.AddLineRule("user.broken", "broken", static l => l.Index == 0 ? throw new InvalidOperationException("boom") : false));

        Assert.NotEmpty(result.Failures);
        Assert.Contains(entries, e => e.Level == LogLevel.Warning);
        string[] sensitive = [.. ArticleText.English, Secret, "ADVERTISEMENT", "Follow us on Twitter", .. result.Removals.Select(r => r.Text)];
        foreach (var entry in entries.Where(e => e.Level > LogLevel.Trace))
        {
            string logged = entry.Message + "\n" + string.Join("\n", entry.Values.Select(v => v.Value?.ToString()));
            Assert.All(sensitive, text => Assert.DoesNotContain(text, logged, StringComparison.Ordinal));
        }

        // At Trace, and only there, the removed text may be logged for debugging.
        Assert.Contains(entries, e => e.Level == LogLevel.Trace && e.Message.Contains("ADVERTISEMENT", StringComparison.Ordinal));
    }

    [Fact]
    public void Nothing_below_Information_is_logged_when_the_logger_is_at_Information()
    {
        var (_, entries) = CleanWithLogging(LogLevel.Information);

        Assert.NotEmpty(entries); // the pipeline announces itself when built
        Assert.All(entries, e => Assert.True(e.Level >= LogLevel.Information));
    }

    [Fact]
    public void A_guarded_rule_is_logged_without_text()
    {
        var (result, entries) = CleanWithLogging(LogLevel.Information, b => b.AddLineRule("user.greedy", "greedy", static _ => true));

        Assert.Equal("user.greedy", Assert.Single(result.Guarded).RuleId);
        var guarded = Assert.Single(entries, e => e.EventId.Name == "RemovalGuarded");
        Assert.Contains("user.greedy", guarded.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, guarded.Message, StringComparison.Ordinal);
    }
}
