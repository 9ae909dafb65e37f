using System.Diagnostics;
using Ports.Reading;

namespace Ports.Tests.Infrastructure;

/// <summary>
/// Starts a program with arguments that may hold bytes that are not UTF-8 (U+DC80 to U+DCFF in the registry's strings,
/// see <see cref="LosslessUtf8"/>). A .NET process argument would turn such bytes into U+FFFD, so those arguments go
/// through a NUL-separated file that bash's <c>mapfile</c> reads; the file is deleted on dispose.
/// </summary>
internal sealed class RawArgumentProcess : IDisposable
{
    private readonly string? _argumentFile;

    /// <summary>Prepares the start of <paramref name="program"/> with <paramref name="arguments"/>, byte for byte.</summary>
    /// <param name="program">The program.</param>
    /// <param name="arguments">Its arguments.</param>
    public RawArgumentProcess(string program, IReadOnlyList<string> arguments)
    {
        if (arguments.Any(a => a.Any(c => c is >= '\uDC80' and <= '\uDCFF')))
        {
            _argumentFile = Path.Combine(Path.GetTempPath(), $"portregistry-args-{Guid.NewGuid():N}");
            File.WriteAllBytes(_argumentFile, [.. arguments.SelectMany(a => LosslessUtf8.GetBytes(a).Append((byte)0))]);
            StartInfo = new ProcessStartInfo("bash") { ArgumentList = { "-c", "mapfile -d '' a < \"$1\"; exec \"$0\" \"${a[@]}\"", program, _argumentFile } };
        }
        else
        {
            StartInfo = new ProcessStartInfo(program);
            foreach (string argument in arguments)
            {
                StartInfo.ArgumentList.Add(argument);
            }
        }

        StartInfo.RedirectStandardOutput = true;
        StartInfo.RedirectStandardError = true;
        StartInfo.UseShellExecute = false;
    }

    /// <summary>Gets the start information, with standard output and error redirected.</summary>
    public ProcessStartInfo StartInfo { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_argumentFile is not null)
        {
            File.Delete(_argumentFile);
        }
    }
}
