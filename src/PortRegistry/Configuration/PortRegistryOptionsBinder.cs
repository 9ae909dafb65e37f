using System.Globalization;
using Microsoft.Extensions.Configuration;
using Ports.Validation;

namespace Ports.Configuration;

/// <summary>
/// Binds <see cref="PortRegistryOptions"/> from a configuration section without reflection, so that trimmed and
/// NativeAOT applications bind it without warnings. Keys are <c>FilePath</c>, <c>Source</c>, <c>MaxFileSize</c> and
/// <c>Entries</c> (an array of services(5) lines), compared ignoring case as configuration keys are.
/// </summary>
/// <remarks>
/// A value that cannot be converted (a size that is not a number, an unknown data source) does not throw here: it is
/// recorded in <see cref="PortRegistryOptions.BindingErrors"/>, and options validation reports it with the rest.
/// </remarks>
internal static class PortRegistryOptionsBinder
{
    /// <summary>Sets the options from the section's values; keys that are absent leave the options as they are, entries are appended.</summary>
    /// <param name="configuration">The section, such as <c>configuration.GetSection("PortRegistry")</c>.</param>
    /// <param name="options">The options to set.</param>
    public static void Bind(IConfiguration configuration, PortRegistryOptions options)
    {
        if (configuration[nameof(PortRegistryOptions.FilePath)] is { } filePath)
        {
            options.FilePath = filePath;
        }

        if (configuration[nameof(PortRegistryOptions.Source)] is { } source)
        {
            // Names only: Enum.TryParse would also take any number, defined or not.
            if (!string.IsNullOrEmpty(source) && !char.IsAsciiDigit(source[0]) && source[0] is not ('-' or '+')
                && Enum.TryParse(source, ignoreCase: true, out PortDataSource value) && OptionsValidation.IsKnown(value))
            {
                options.Source = value;
            }
            else
            {
                options.BindingErrors.Add($"{PathOf(configuration, nameof(PortRegistryOptions.Source))} '{source}' is not one of {string.Join(", ", Enum.GetNames<PortDataSource>())}.");
            }
        }

        if (configuration[nameof(PortRegistryOptions.MaxFileSize)] is { } maxFileSize)
        {
            if (long.TryParse(maxFileSize, NumberStyles.Integer, CultureInfo.InvariantCulture, out long value))
            {
                options.MaxFileSize = value;
            }
            else
            {
                options.BindingErrors.Add($"{PathOf(configuration, nameof(PortRegistryOptions.MaxFileSize))} '{maxFileSize}' is not a number of bytes.");
            }
        }

        // An array in JSON is a section whose children are keyed 0, 1, 2 ...; configuration returns them in numeric order.
        foreach (IConfigurationSection entry in configuration.GetSection(nameof(PortRegistryOptions.Entries)).GetChildren())
        {
            if (entry.Value is { } line)
            {
                options.Entries.Add(line);
            }
        }
    }

    private static string PathOf(IConfiguration configuration, string key)
        => configuration is IConfigurationSection { Path.Length: > 0 } section ? ConfigurationPath.Combine(section.Path, key) : key;
}
