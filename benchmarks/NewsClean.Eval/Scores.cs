namespace NewsClean.Eval;

/// <summary>Precision, recall and F1 of one record, as score.py computes them.</summary>
public readonly record struct RecordScore(double Precision, double Recall, double F1, int Overlap, int Predicted, int True)
{
    /// <summary>Scores a prediction against the truth. Both empty gives 1/1/1; an undefined ratio otherwise counts as 0.</summary>
    public static RecordScore Of(string? prediction, string? truth)
    {
        var predicted = BagOfWords.Tokens(prediction);
        var expected = BagOfWords.Tokens(truth);
        int overlap = BagOfWords.Overlap(predicted, expected);
        int p = BagOfWords.Size(predicted), t = BagOfWords.Size(expected);
        if (p == 0 && t == 0)
        {
            return new RecordScore(1, 1, 1, 0, 0, 0);
        }

        double precision = p == 0 ? 0 : (double)overlap / p;
        double recall = t == 0 ? 0 : (double)overlap / t;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new RecordScore(precision, recall, f1, overlap, p, t);
    }
}

/// <summary>Mean (macro) and summed (micro) scores over a group of records.</summary>
public sealed class ScoreSummary
{
    private double sumP, sumR, sumF;
    private long overlap, predicted, truth;

    /// <summary>Number of records.</summary>
    public int Count { get; private set; }

    /// <summary>Mean precision over records.</summary>
    public double Precision => Count == 0 ? 0 : sumP / Count;

    /// <summary>Mean recall over records.</summary>
    public double Recall => Count == 0 ? 0 : sumR / Count;

    /// <summary>Mean F1 over records.</summary>
    public double F1 => Count == 0 ? 0 : sumF / Count;

    /// <summary>Precision from summed counts.</summary>
    public double MicroPrecision => predicted == 0 ? 0 : (double)overlap / predicted;

    /// <summary>Recall from summed counts.</summary>
    public double MicroRecall => truth == 0 ? 0 : (double)overlap / truth;

    /// <summary>F1 from summed counts.</summary>
    public double MicroF1 => MicroPrecision + MicroRecall == 0 ? 0 : 2 * MicroPrecision * MicroRecall / (MicroPrecision + MicroRecall);

    /// <summary>Adds one record's score.</summary>
    public void Add(RecordScore score)
    {
        Count++;
        sumP += score.Precision;
        sumR += score.Recall;
        sumF += score.F1;
        overlap += score.Overlap;
        predicted += score.Predicted;
        truth += score.True;
    }
}
