namespace NewsClean.Tests.Docs;

/// <summary>
/// Reads examples from a Markdown page: a <c>```text input</c> fence followed by a <c>```text output</c> fence, under
/// the nearest heading. A heading written as <c>### `rule.id`</c> yields the section name <c>rule.id</c>.
/// </summary>
internal static class MarkdownExamples
{
    public sealed record Example(string Section, string Input, string Output);

    public static IReadOnlyList<Example> Read(string markdown)
    {
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var examples = new List<Example>();
        string section = string.Empty;
        string? pendingInput = null;
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            if (line.StartsWith('#'))
            {
                section = line.TrimStart('#').Trim().Trim('`');
                pendingInput = null;
            }
            else if (line == "```text input")
            {
                pendingInput = ReadFence(lines, ref i);
            }
            else if (line == "```text output")
            {
                string output = ReadFence(lines, ref i);
                if (pendingInput is null)
                {
                    throw new FormatException($"An output example under '{section}' has no input example before it.");
                }

                examples.Add(new Example(section, pendingInput, output));
                pendingInput = null;
            }
        }

        return examples;
    }

    private static string ReadFence(string[] lines, ref int i)
    {
        int start = i + 1;
        int end = start;
        while (end < lines.Length && lines[end] != "```")
        {
            end++;
        }

        i = end;
        return string.Join('\n', lines[start..end]);
    }
}
