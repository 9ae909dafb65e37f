using System.Text;

namespace Ports.Cli.Output;

/// <summary>A table of text in aligned columns, two spaces apart, with a header row; no trailing spaces.</summary>
/// <param name="headers">The column headers.</param>
internal sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [headers];

    /// <summary>Adds a row.</summary>
    /// <param name="cells">One cell per column.</param>
    /// <exception cref="ArgumentException">The row does not have one cell per column.</exception>
    public void Add(params string[] cells)
    {
        if (cells.Length != headers.Length)
        {
            throw new ArgumentException($"A row needs {headers.Length} cells, not {cells.Length}.", nameof(cells));
        }

        _rows.Add(cells);
    }

    /// <summary>Returns the table, one line per row, each ending in a line feed.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        int[] widths = new int[headers.Length];
        foreach (string[] row in _rows)
        {
            for (int i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        var text = new StringBuilder();
        foreach (string[] row in _rows)
        {
            for (int i = 0; i < row.Length; i++)
            {
                text.Append(row[i]);
                if (i < row.Length - 1)
                {
                    text.Append(' ', widths[i] - row[i].Length + 2);
                }
            }

            while (text.Length > 0 && text[^1] == ' ')
            {
                text.Length--;
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
