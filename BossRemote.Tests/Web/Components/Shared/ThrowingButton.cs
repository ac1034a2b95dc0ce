using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace BossRemote.Tests.Web.Components.Shared;

/// <summary>A page part whose button fails the way a bug or a broken database would: its handler throws.</summary>
public sealed class ThrowingButton : ComponentBase
{
    public const string Failure = "The database refused the write.";

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, "button");
        builder.AddAttribute(1, "data-testid", "throwing-button");
        builder.AddAttribute(2, "onclick", EventCallback.Factory.Create(this, Throw));
        builder.AddContent(3, "Save");
        builder.CloseElement();
    }

    private static void Throw() => throw new InvalidOperationException(Failure);
}
