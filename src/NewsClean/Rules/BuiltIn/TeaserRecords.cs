namespace NewsClean.Rules.BuiltIn;

/// <summary>
/// Finds a list of teaser records: the same few lines repeated for each linked story, such as a title, an author or
/// source line and a summary ("Kurt Volker throws Rudy Giuliani under the bus" / "Kaylee McGhee" / "Kurt Volker, a
/// former special envoy …"). A site's template prints a short label line (a name, a source, a count) at the same
/// place in every record, which an article's paragraphs and subheadings do not repeat.
/// </summary>
internal static class TeaserRecords
{
    private const int MinRecords = 3;
    private const int MinRecordLines = 2;
    private const int MaxRecordLines = 6;
    private const int MaxScannedLines = 120;

    // A label: a name, a source or a date, not a sentence.
    private const int MaxLabelWords = 6;

    // Summaries make these lists look like prose to the other rules; a list of titles alone needs no records.
    private const int MinSummaries = 2;

    /// <summary>
    /// The last line of the records that start at the first kept line from <paramref name="from"/>, or -1 when fewer
    /// than <see cref="MinRecords"/> records with summaries follow. Lines other rules removed are skipped, so the answer
    /// does not change once they are gone.
    /// </summary>
    public static int End(CleaningContext context, int from)
    {
        Span<int> lines = stackalloc int[MaxScannedLines];
        int count = 0;
        for (int i = from; i < context.LineCount && count < lines.Length; i++)
        {
            if (!context.IsRemoved(i))
            {
                lines[count++] = i;
            }
        }

        int bestEnd = -1, bestCovered = 0;
        for (int size = MinRecordLines; size <= MaxRecordLines; size++)
        {
            int records = RepeatedRecords(context, lines[..count], size);
            if (records >= MinRecords && records * size > bestCovered)
            {
                bestCovered = records * size;
                bestEnd = lines[bestCovered - 1];
            }
        }

        return bestEnd;
    }

    /// <summary>
    /// How many records of <paramref name="size"/> lines in a row share a label offset and open with a title, or with a
    /// summary right above the title: card templates that print the summary over the picture give summary, title, label.
    /// </summary>
    private static int RepeatedRecords(CleaningContext context, ReadOnlySpan<int> lines, int size) =>
        Math.Max(RepeatedRecords(context, lines, size, titleAt: 0), size > MinRecordLines ? RepeatedRecords(context, lines, size, titleAt: 1) : 0);

    private static int RepeatedRecords(CleaningContext context, ReadOnlySpan<int> lines, int size, int titleAt)
    {
        int best = 0;
        for (int label = titleAt + 1; label < size; label++)
        {
            int records = 0, summaries = 0;
            bool? labelsHaveDigits = null;
            for (int start = 0; start + size <= lines.Length; start += size)
            {
                var record = lines.Slice(start, size);
                if (!IsRecord(context, record[titleAt..], label - titleAt) || (titleAt > 0 && !context.IsProse(record[0])))
                {
                    break;
                }

                // One template prints one kind of label: names, or dates and counts, not a mix of both.
                bool digits = context.GetFeatures(record[label]).Digits > 0;
                if ((labelsHaveDigits ??= digits) != digits)
                {
                    break;
                }

                records++;
                summaries += HasSummary(context, record) ? 1 : 0;
            }

            // Every record but one carries its summary (a teaser's summary may be a short sentence).
            if (summaries >= MinSummaries && summaries >= records - 1 && records > best)
            {
                best = records;
            }
        }

        return best;
    }

    private static bool IsRecord(CleaningContext context, ReadOnlySpan<int> record, int label)
    {
        var title = context.GetFeatures(record[0]);
        var labelLine = context.GetFeatures(record[label]);
        return IsTitle(context, record[0]) && title.Words >= MinTitleWords
            && labelLine.Words is > 0 and <= MaxLabelWords && !labelLine.EndsSentence;
    }

    /// <summary>A title is not prose, unless it is a headline asked as a question ("Did Pelosi Divert $2.4 Billion …?").</summary>
    private static bool IsTitle(CleaningContext context, int line)
    {
        if (!context.IsProse(line))
        {
            return true;
        }

        return context.GetFeatures(line).Words <= MaxQuestionTitleWords && LineShape.AsksQuestion(context.GetText(line));
    }

    private const int MaxQuestionTitleWords = 20;

    private const int MinTitleWords = 3;

    private static bool HasSummary(CleaningContext context, ReadOnlySpan<int> record)
    {
        foreach (int line in record)
        {
            if (context.IsProse(line))
            {
                return true;
            }
        }

        return false;
    }
}
