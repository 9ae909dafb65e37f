using Ports.Cli.Output;

namespace Ports.Tests.Cli.Output;

/// <summary>Aligned text tables.</summary>
public sealed class TextTableTests
{
    [Fact]
    public void ToString_ColumnsAlignedTwoSpacesApartNoTrailingSpaces()
    {
        var table = new TextTable("A", "LONG HEADER", "C");
        table.Add("wide cell", "x", "last");
        table.Add("", "", "");

        Assert.Equal(
            "A          LONG HEADER  C\n" +
            "wide cell  x            last\n" +
            "\n",
            table.ToString());
    }

    [Fact]
    public void Add_WrongCellCount_Throws()
        => Assert.Throws<ArgumentException>("cells", () => new TextTable("A", "B").Add("only one"));
}
