using BossRemote.Core.Data;
using BossRemote.Core.TeamViewerSimulator;
using BossRemote.Core.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace BossRemote.Tests.Core.Data;

public class ForeignKeyOrderTests
{
    [Fact]
    public void Of_HelpDeskModel_PutsEveryPrincipalBeforeItsDependents()
    {
        using var db = new BossRemoteDbContext(Sqlite<BossRemoteDbContext>().Options);

        var order = ForeignKeyOrder.Of(db.Model).ToList();

        order.Count.ShouldBe(db.Model.GetEntityTypes().Count(t => t.BaseType is null));
        ShouldPutPrincipalsFirst(db.Model, order);
        order.IndexOf(db.Model.FindEntityType(typeof(Ticket))!).ShouldBeGreaterThan(order.IndexOf(db.Model.FindEntityType(typeof(TicketCategory))!));
    }

    [Fact]
    public void Of_SimulatorModel_PutsGroupsBeforeSessions()
    {
        using var db = new SimulatorDbContext(Sqlite<SimulatorDbContext>().Options);

        var order = ForeignKeyOrder.Of(db.Model).Select(t => t.ClrType).ToList();

        order.IndexOf(typeof(SimulatedGroup)).ShouldBeLessThan(order.IndexOf(typeof(SimulatedSession)));
    }

    [Fact]
    public void Of_TableReferringToItself_OrdersItAndMarksItSelfReferencing()
    {
        using var db = new TreeContext();

        var order = ForeignKeyOrder.Of(db.Model);

        order.Select(t => t.ClrType).ShouldBe([typeof(Node), typeof(Tag)]);
        ForeignKeyOrder.IsSelfReferencing(order[0]).ShouldBeTrue();
        ForeignKeyOrder.IsSelfReferencing(order[1]).ShouldBeFalse();
    }

    [Fact]
    public void Of_TablesReferringToEachOtherInACircle_ThrowsNamingThem()
    {
        using var db = new CircleContext();

        var failure = Should.Throw<NotSupportedException>(() => ForeignKeyOrder.Of(db.Model));

        failure.Message.ShouldContain("Eggs, Hens");
    }

    private static void ShouldPutPrincipalsFirst(IModel model, List<IEntityType> order)
    {
        foreach (var fk in model.GetEntityTypes().SelectMany(t => t.GetForeignKeys()))
        {
            var (principal, dependent) = (fk.PrincipalEntityType.GetRootType(), fk.DeclaringEntityType.GetRootType());
            if (principal != dependent)
            {
                order.IndexOf(principal).ShouldBeLessThan(order.IndexOf(dependent), $"{principal.DisplayName()} before {dependent.DisplayName()}");
            }
        }
    }

    private static DbContextOptionsBuilder<TContext> Sqlite<TContext>() where TContext : DbContext =>
        (DbContextOptionsBuilder<TContext>)new DbContextOptionsBuilder<TContext>().UseBossRemoteDatabase(DatabaseProvider.Sqlite, "Data Source=:memory:");

    private sealed class Node
    {
        public int Id { get; set; }

        public int? ParentId { get; set; }

        public Node? Parent { get; set; }
    }

    private sealed class Tag
    {
        public int Id { get; set; }

        public int NodeId { get; set; }

        public Node? Node { get; set; }
    }

    private sealed class Hen
    {
        public int Id { get; set; }

        public int? EggId { get; set; }

        public Egg? Egg { get; set; }
    }

    private sealed class Egg
    {
        public int Id { get; set; }

        public int? HenId { get; set; }

        public Hen? Hen { get; set; }
    }

    /// <summary>Tags are listed first by name; the order must still put the nodes they point at before them.</summary>
    private sealed class TreeContext : DbContext
    {
        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseSqlite("Data Source=:memory:");

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Node>().ToTable("Nodes").HasOne(n => n.Parent).WithMany().HasForeignKey(n => n.ParentId);
            modelBuilder.Entity<Tag>().ToTable("A_Tags").HasOne(t => t.Node).WithMany().HasForeignKey(t => t.NodeId);
        }
    }

    private sealed class CircleContext : DbContext
    {
        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseSqlite("Data Source=:memory:");

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Hen>().ToTable("Hens").HasOne(h => h.Egg).WithMany().HasForeignKey(h => h.EggId);
            modelBuilder.Entity<Egg>().ToTable("Eggs").HasOne(e => e.Hen).WithMany().HasForeignKey(e => e.HenId);
        }
    }
}
