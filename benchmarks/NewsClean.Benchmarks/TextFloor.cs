using System.Buffers;

namespace NewsClean.Benchmarks;

/// <summary>
/// The least work any line cleaner does: read every line, trim it and write the non-empty ones out as a new string.
/// Clean's throughput is judged as a share of this floor's, measured in the same run.
/// </summary>
public static class TextFloor
{
    /// <summary>The trimmed, non-empty lines of <paramref name="text"/>, joined by '\n'.</summary>
    public static string Run(string text)
    {
        // Trimmed lines plus one separator each never exceed the input, so one rented buffer always fits.
        char[] buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        int at = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var trimmed = line.Trim();
            if (trimmed.IsEmpty)
            {
                continue;
            }

            if (at > 0)
            {
                buffer[at++] = '\n';
            }

            trimmed.CopyTo(buffer.AsSpan(at));
            at += trimmed.Length;
        }

        string output = new(buffer, 0, at);
        ArrayPool<char>.Shared.Return(buffer);
        return output;
    }
}
