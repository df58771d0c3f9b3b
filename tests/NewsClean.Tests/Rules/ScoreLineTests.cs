using NewsClean.Rules.BuiltIn;
using NewsClean.Text;
using Xunit;

namespace NewsClean.Tests.Rules;

public class ScoreLineTests
{
    [Theory]
    [InlineData("Valencia 1 - 2 Betis")]
    [InlineData("Real Madrid 3-1 Barcelona")]
    [InlineData("Bayern 2:0 Dortmund")]
    [InlineData("Atlético de Madrid 0 – 0 Sevilla")]
    public void Recognises_a_match_result_alone_on_its_line(string line) =>
        Assert.True(LineShape.IsScoreLine(FeatureScanner.Scan(line), line));

    [Theory]
    [InlineData("Real Madrid 3-1 Barcelona: Vinicius stars in the Clasico")] // a headline that gives the result
    [InlineData("Temporal de nieve 2026")] // a year, no score
    [InlineData("Goles: 1-0, min. 34: Hugo Duro.")] // the goals row: a sentence
    [InlineData("Min. 45+2: Final de la primera parte")]
    [InlineData("1-2 Betis")] // no first team
    [InlineData("Kubis bulat: RM3.80 (RM3.20)")]
    [InlineData("A-23 y N-330 cortadas")]
    public void Leaves_other_lines_with_numbers_alone(string line) =>
        Assert.False(LineShape.IsScoreLine(FeatureScanner.Scan(line), line));

    [Theory]
    [InlineData("1938 - 2026")]
    [InlineData("1938–2026")]
    public void Recognises_an_obituarys_years_of_a_life(string line) =>
        Assert.True(LineShape.IsYearSpan(line));

    [Theory]
    [InlineData("2024 - 25 season")]
    [InlineData("1938 - 2026 - 2030")]
    [InlineData("Pemilu 2024")]
    [InlineData("19:38 - 20:26")]
    public void Leaves_other_spans_alone(string line) =>
        Assert.False(LineShape.IsYearSpan(line));
}
