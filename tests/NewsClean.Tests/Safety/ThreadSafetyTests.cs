using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Safety;

public class ThreadSafetyTests
{
    [Fact]
    public void One_pipeline_used_from_many_threads_gives_the_sequential_results()
    {
        var pipeline = NewsCleaner.CreateBuilder()
            .AddPatternRule("user.pattern", "live counter", @"^live updates: \d+")
            .AddLineRule("user.predicate", "after PROMO", static l => l.HasPrevious && l.Previous.SequenceEqual("PROMO"))
            .Build();
        var random = new RandomText(seed: 42);
        var inputs = Enumerable.Range(0, 400)
            .Select(i => i % 4 == 3 ? random.Garbage(300) : random.Article(RandomText.LinePool, maxLines: 30))
            .ToArray();
        var expected = inputs.Select(text => Snapshot(pipeline.CleanWithTrace(text))).ToArray();

        for (int round = 0; round < 3; round++)
        {
            var actual = new string[inputs.Length];
            Parallel.For(0, inputs.Length * 4, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            {
                int index = i % inputs.Length;
                actual[index] = Snapshot(pipeline.CleanWithTrace(inputs[index]));
            });

            for (int i = 0; i < inputs.Length; i++)
            {
                Assert.True(expected[i] == actual[i], $"Round {round}, input {i} differs under threads.\n--- sequential\n{expected[i]}\n--- parallel\n{actual[i]}");
            }
        }
    }

    [Fact]
    public void The_default_pipeline_is_built_once_and_shared()
    {
        var pipelines = new CleaningPipeline[16];
        Parallel.For(0, pipelines.Length, i => pipelines[i] = NewsCleaner.Default);
        Assert.All(pipelines, p => Assert.Same(NewsCleaner.Default, p));
    }

    /// <summary>The text and the whole trace, in one comparable string.</summary>
    private static string Snapshot(CleanResult result) =>
        result.Text + "\n#" + string.Join("\n#", result.Removals.Select(r => $"{r.RuleId}|{r.Reason}|{r.FirstLine}-{r.LastLine}|{r.IsPartial}|{r.Text}"))
        + "\n#guarded " + string.Join(",", result.Guarded.Select(g => g.RuleId)) + "\n#failures " + result.Failures.Count;
}
