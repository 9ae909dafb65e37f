using Microsoft.Extensions.Options;

namespace Ports.Validation;

/// <summary>
/// Validates <see cref="PortRegistryOptions"/> for dependency injection: the options' entries, size limit, data source
/// and configuration values, with the same messages as <see cref="PortRegistry.Create(PortRegistryOptions)"/>.
/// </summary>
internal sealed class PortRegistryOptionsValidator : IValidateOptions<PortRegistryOptions>
{
    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, PortRegistryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<string> failures = OptionsValidation.Check(options, out _);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
