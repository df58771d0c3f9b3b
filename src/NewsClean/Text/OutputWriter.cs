namespace NewsClean.Text;

/// <summary>Writes the kept lines as paragraphs separated by one blank line, in one allocation.</summary>
internal static class OutputWriter
{
    private const string Separator = "\n\n";

    public static string Write(CleaningContext context)
    {
        var document = context.Document;
        int total = 0;
        int kept = 0;
        for (int i = 0; i < document.Count; i++)
        {
            int length = KeptText(context, i).Length;
            if (length > 0)
            {
                total += length + (kept > 0 ? Separator.Length : 0);
                kept++;
            }
        }

        if (total == document.Source.Length && SameAsSource(context))
        {
            return document.Source; // nothing changed: no allocation beyond the input
        }

        return string.Create(total, context, static (destination, context) =>
        {
            int at = 0;
            for (int i = 0; i < context.LineCount; i++)
            {
                var text = KeptText(context, i);
                if (text.IsEmpty)
                {
                    continue;
                }

                if (at > 0)
                {
                    Separator.AsSpan().CopyTo(destination[at..]);
                    at += Separator.Length;
                }

                text.CopyTo(destination[at..]);
                at += text.Length;
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
        for (int i = 0; i < context.LineCount; i++)
        {
            if (!KeptText(context, i).IsEmpty)
            {
                int source = context.Document[i].SourceLine;
                map.Add(source);
                map.Add(source);
            }
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
        for (int i = 0; i < context.LineCount; i++)
        {
            var text = KeptText(context, i);
            if (text.IsEmpty)
            {
                continue;
            }

            if (at > 0)
            {
                if (!source[at..].StartsWith(Separator))
                {
                    return false;
                }

                at += Separator.Length;
            }

            if (!source[at..].StartsWith(text))
            {
                return false;
            }

            at += text.Length;
        }

        return at == source.Length;
    }
}
