using BossRemote.Core.Common;
using BossRemote.Core.Tickets;
using BossRemote.Tests.TestSupport;

namespace BossRemote.Tests.Core.Tickets;

public class TicketInputTests
{
    [Fact]
    public void Validate_CompleteInput_ReturnsNoErrors()
    {
        var input = new TicketInputBuilder().Build();

        var errors = input.Validate();

        errors.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_MissingSubject_AsksForASubject(string subject)
    {
        var input = new TicketInputBuilder().WithSubject(subject).Build();

        var errors = input.Validate();

        errors.ShouldBe(["Enter a subject."]);
    }

    [Fact]
    public void Validate_SubjectAtMaxLength_IsAccepted()
    {
        var input = new TicketInputBuilder().WithSubject(new string('s', Ticket.SubjectMaxLength)).Build();

        var errors = input.Validate();

        errors.ShouldBeEmpty();
    }

    [Fact]
    public void Validate_SubjectOverMaxLength_NamesTheLimit()
    {
        var input = new TicketInputBuilder().WithSubject(new string('s', Ticket.SubjectMaxLength + 1)).Build();

        var errors = input.Validate();

        errors.ShouldBe([$"The subject can be at most {Ticket.SubjectMaxLength} characters."]);
    }

    [Fact]
    public void Validate_DescriptionOverMaxLength_NamesTheLimit()
    {
        var input = new TicketInputBuilder().With(i => i.Description = new string('d', Ticket.DescriptionMaxLength + 1)).Build();

        var errors = input.Validate();

        errors.ShouldBe([$"The description can be at most {Ticket.DescriptionMaxLength} characters."]);
    }

    [Fact]
    public void Validate_NoDescription_IsAccepted()
    {
        var input = new TicketInputBuilder().With(i => i.Description = null).Build();

        var errors = input.Validate();

        errors.ShouldBeEmpty();
    }

    [Fact]
    public void Validate_MissingRequesterName_AsksForIt()
    {
        var input = new TicketInputBuilder().With(i => i.RequesterName = "").Build();

        var errors = input.Validate();

        errors.ShouldBe(["Enter the requester's name."]);
    }

    [Fact]
    public void Validate_RequesterNameOverMaxLength_NamesTheLimit()
    {
        var input = new TicketInputBuilder().With(i => i.RequesterName = new string('n', Ticket.RequesterNameMaxLength + 1)).Build();

        var errors = input.Validate();

        errors.ShouldBe([$"The requester's name can be at most {Ticket.RequesterNameMaxLength} characters."]);
    }

    [Fact]
    public void Validate_MissingRequesterEmail_AsksForIt()
    {
        var input = new TicketInputBuilder().With(i => i.RequesterEmail = "").Build();

        var errors = input.Validate();

        errors.ShouldBe(["Enter the requester's e-mail address."]);
    }

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("liam.smith@")]
    [InlineData("@northwind.example")]
    [InlineData("liam@smith@northwind.example")]
    [InlineData("a b@example.com")]
    [InlineData("x@y")]
    public void Validate_BadEmail_AsksForAValidAddress(string email)
    {
        var input = new TicketInputBuilder().With(i => i.RequesterEmail = email).Build();

        var errors = input.Validate();

        errors.ShouldBe([EmailAddresses.Invalid]);
    }

    [Fact]
    public void Validate_EmailOverMaxLength_NamesTheLimit()
    {
        var email = new string('a', Ticket.RequesterEmailMaxLength) + "@x.example";
        var input = new TicketInputBuilder().With(i => i.RequesterEmail = email).Build();

        var errors = input.Validate();

        errors.ShouldBe([$"The e-mail address can be at most {Ticket.RequesterEmailMaxLength} characters."]);
    }

    [Fact]
    public void Validate_CategoryZero_AsksForACategory()
    {
        var input = new TicketInputBuilder().WithCategory(0).Build();

        var errors = input.Validate();

        errors.ShouldBe(["Choose a category."]);
    }

    [Fact]
    public void Validate_UndefinedPriority_AsksForAPriority()
    {
        var input = new TicketInputBuilder().With(i => i.Priority = (TicketPriority)99).Build();

        var errors = input.Validate();

        errors.ShouldBe(["Choose a priority."]);
    }

    [Fact]
    public void Validate_SeveralProblems_ReturnsOneMessageEach()
    {
        var input = new TicketInputBuilder().With(i =>
        {
            i.Subject = "";
            i.RequesterEmail = "nope";
            i.CategoryId = 0;
        }).Build();

        var errors = input.Validate();

        errors.ShouldBe(["Enter a subject.", EmailAddresses.Invalid, "Choose a category."], ignoreOrder: true);
    }
}
