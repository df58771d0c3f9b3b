namespace NewsClean.Text;

/// <summary>
/// Writes the kept lines as paragraphs separated by one blank line, in one allocation. A fragment that a scraper broke
/// off a sentence at an inline link or tag (a line that starts with a comma or a closing bracket, see
/// <see cref="ContinuesPrevious"/>) is joined back to its line instead.
/// </summary>
internal static class OutputWriter
{
    private const string Separator = "\n\n";

    /// <summary>Writes the output; <paramref name="joined"/> tells whether a fragment was joined to its line anywhere.</summary>
    public static string Write(CleaningContext context, out bool joined)
    {
        var document = context.Document;
        int total = 0;
        int previous = -1;
        joined = false;
        for (int i = 0; i < document.Count; i++)
        {
            int length = KeptText(context, i).Length;
            if (length > 0)
            {
                bool joins = previous >= 0 && ContinuesPrevious(context, i, previous);
                joined |= joins;
                total += length + (previous < 0 || joins ? 0 : Separator.Length);
                previous = i;
            }
        }

        if (total == document.Source.Length && SameAsSource(context))
        {
            return document.Source; // nothing changed: no allocation beyond the input
        }

        return string.Create(total, context, static (destination, context) =>
        {
            int at = 0;
            int previous = -1;
            for (int i = 0; i < context.LineCount; i++)
            {
                var text = KeptText(context, i);
                if (text.IsEmpty)
                {
                    continue;
                }

                var separator = SeparatorBefore(context, i, previous);
                separator.CopyTo(destination[at..]);
                at += separator.Length;
                text.CopyTo(destination[at..]);
                at += text.Length;
                previous = i;
            }
        });
    }

    /// <summary>
    /// For each line of the output text, the caller's input line it came from. Output paragraph k sits on output line
    /// 2k, with the blank separator on 2k + 1.
    /// </summary>
    public static int[] OutputLineMap(CleaningContext context)
    {
        var map = new List<int>();
        int previous = -1;
        for (int i = 0; i < context.LineCount; i++)
        {
            if (KeptText(context, i).IsEmpty)
            {
                continue;
            }

            // A joined fragment adds no output line: its paragraph keeps the source line it started on.
            if (previous < 0 || !ContinuesPrevious(context, i, previous))
            {
                int source = context.Document[i].SourceLine;
                map.Add(source);
                map.Add(source);
            }

            previous = i;
        }

        return map.Count == 0 ? [0] : [.. map];
    }

    /// <summary>The part of a line that survives: empty when removed, cut short and trimmed when its end was removed.</summary>
    internal static ReadOnlySpan<char> KeptText(CleaningContext context, int line) =>
        context.IsRemoved(line) ? default : context.GetText(line)[..context.KeptLength(line)].TrimEnd();

    private static bool SameAsSource(CleaningContext context)
    {
        ReadOnlySpan<char> source = context.Document.Source;
        int at = 0;
        int previous = -1;
        for (int i = 0; i < context.LineCount; i++)
        {
            var text = KeptText(context, i);
            if (text.IsEmpty)
            {
                continue;
            }

            var separator = SeparatorBefore(context, i, previous);
            if (!source[at..].StartsWith(separator) || !source[(at + separator.Length)..].StartsWith(text))
            {
                return false;
            }

            at += separator.Length + text.Length;
            previous = i;
        }

        return at == source.Length;
    }

    /// <summary>What goes before kept line <paramref name="line"/>: nothing at the start or for a joined fragment, else a blank line.</summary>
    private static ReadOnlySpan<char> SeparatorBefore(CleaningContext context, int line, int previous) =>
        previous < 0 || ContinuesPrevious(context, line, previous) ? default : Separator;

    /// <summary>
    /// True when <paramref name="line"/> is the rest of the sentence on <paramref name="previous"/>, broken off where
    /// the page had an inline link or tag ("in Jakarta" / ", Indonesia, on Monday"). Only the certain case joins: the
    /// line starts with a mark that cannot start a sentence (a comma, semicolon, colon or closing bracket), directly
    /// follows its line with no blank line or removed line between, and that line is kept whole and ends mid-sentence.
    /// </summary>
    internal static bool ContinuesPrevious(CleaningContext context, int line, int previous) =>
        previous == line - 1
        && context.GetFeatures(line).StartsWithPunctuation
        && !context.HasBlankBefore(line)
        && !context.GetFeatures(previous).EndsSentence
        && context.KeptLength(previous) == context.GetText(previous).Length;
}
