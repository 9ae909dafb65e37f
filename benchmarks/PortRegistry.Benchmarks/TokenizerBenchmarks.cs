using BenchmarkDotNet.Attributes;
using Ports.Benchmarks.Infrastructure;
using Ports.Reading;

namespace Ports.Benchmarks;

/// <summary>
/// The glibc-exact line reader alone (<see cref="ServicesReader"/>: every line split into name, port, protocol and
/// aliases, nothing kept) against a plain <c>IndexOf('\n')</c> scan of the same characters (the baseline: the speed of
/// memory, the least any line reader must do). The Throughput column is the input's size in bytes over the mean time.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class TokenizerBenchmarks
{
    private byte[] _bytes = null!;
    private char[] _chars = null!;
    private char[] _scratch = null!;

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = null!;

    public static IEnumerable<string> Inputs => BenchmarkInputs.Available;

    [GlobalSetup]
    public void Setup()
    {
        _bytes = BenchmarkInputs.ReadBytes(Input);
        _chars = BenchmarkInputs.ReadText(Input).ToCharArray();
        _scratch = new char[LosslessUtf8.MaxCharCount(_bytes.Length)];
    }

    [Benchmark(Baseline = true, Description = "IndexOf('\\n') scan")]
    public int IndexOfNewline()
    {
        ReadOnlySpan<char> rest = _chars;
        int lines = 0;
        int newline;
        while ((newline = rest.IndexOf('\n')) >= 0)
        {
            lines++;
            rest = rest[(newline + 1)..];
        }

        return lines;
    }

    [Benchmark(Description = "ServicesReader (chars)")]
    public int Reader() => ReadAll(_chars);

    [Benchmark(Description = "UTF-8 decode + ServicesReader")]
    public int DecodeAndReader()
    {
        int length = LosslessUtf8.Decode(_bytes, _scratch);
        return ReadAll(_scratch.AsSpan(0, length));
    }

    private static int ReadAll(ReadOnlySpan<char> text)
    {
        var reader = new ServicesReader(text);
        int sum = 0;
        while (reader.Read(out ServicesLine line))
        {
            sum += line.Port + line.Name.Length + line.Protocol.Length + line.Comment.Length;
            foreach (ReadOnlySpan<char> alias in line.EnumerateAliases())
            {
                sum += alias.Length;
            }
        }

        return sum;
    }
}
