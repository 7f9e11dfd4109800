#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "core/library/library.hpp"
#include "core/json/plan_json.hpp"

using namespace core;
using nlohmann::json;

namespace {

const std::string kDay1 = "2025-03-01T08:00:00Z";
const std::string kDay1b = "2025-03-01T09:00:00Z";
const std::string kDay2 = "2025-03-02T08:00:00Z";
const std::string kCopy = "（副本）";
const std::string kOtherTab = "（另一标签页的版本）";

Plan named(const std::string& name, int members = 10) {
    Plan p;
    p.basics.name = name;
    p.basics.member_count = members;
    return p;
}

Plan big(size_t bytes) {   // a plan some hundreds of bytes longer than named()
    Plan p = named(std::string(bytes / 3, 'n'));
    p.basics.owner = std::string(bytes / 3, 'o');
    p.basics.city = std::string(bytes / 3, 'c');
    return p;
}

std::string day(int n) {   // 2025-03-01 + n days, as ISO text
    char buf[32];
    std::snprintf(buf, sizeof buf, "2025-03-%02dT08:00:00Z", n);
    return buf;
}

// A store that keeps a damaged copy of the next write to a plan key (or of
// every one, the put-back too, with mangle_all) and says so, as the page does
// when its read-back after setItem differs.
struct ManglingStore : KeyValueStore {
    MemoryStore inner;
    bool mangle_next = false;
    bool mangle_all = false;
    std::optional<std::string> get(const std::string& k) override { return inner.get(k); }
    StoreStatus set(const std::string& k, const std::string& v) override {
        if ((mangle_next || mangle_all) && k.starts_with("planner.plan.")) {
            mangle_next = false;
            inner.set(k, v.substr(0, v.size() / 2));
            return StoreStatus::read_back_mismatch;
        }
        return inner.set(k, v);
    }
    void remove(const std::string& k) override { inner.remove(k); }
    std::optional<std::vector<std::string>> keys() override { return inner.keys(); }
};

// A tab's view of local storage as Chromium keeps it: the tab reads its own
// copy, its writes reach the shared store at once, and another tab's writes
// reach its copy only when sync() runs (the storage event's moment).
struct TabStore : KeyValueStore {
    MemoryStore& shared;
    MemoryStore view;
    explicit TabStore(MemoryStore& s) : shared(s) { sync(); }
    void sync() {
        // (A range-for over *keys() would outlive the optional it points into.)
        const std::vector<std::string> mine = view.keys().value(), theirs = shared.keys().value();
        for (const auto& k : mine) view.remove(k);
        for (const auto& k : theirs) view.set(k, *shared.get(k));
    }
    std::optional<std::string> get(const std::string& k) override { return view.get(k); }
    StoreStatus set(const std::string& k, const std::string& v) override {
        view.set(k, v);
        return shared.set(k, v);
    }
    void remove(const std::string& k) override {
        view.remove(k);
        shared.remove(k);
    }
    std::optional<std::vector<std::string>> keys() override { return view.keys(); }
};

int count_keys(KeyValueStore& store, const std::string& prefix) {
    int n = 0;
    const std::vector<std::string> keys = store.keys().value();
    for (const auto& k : keys) n += k.starts_with(prefix);
    return n;
}

}  // namespace

// ---- listing, open, rename, duplicate, delete --------------------------------------
TEST_CASE("the library lists every stored plan, newest first, with its details") {
    MemoryStore store;
    Library lib(store, "t");
    Saved a = lib.create(named("一群"), "宝妈一群", kDay1);
    Saved b = lib.create(named("二群"), "宝妈二群", kDay2);
    REQUIRE(a.status == LibStatus::ok);
    REQUIRE(b.status == LibStatus::ok);
    auto list = lib.list();
    REQUIRE(list.size() == 2);
    CHECK(list[0].id == b.id);
    CHECK(list[0].name == "宝妈二群");
    CHECK(list[0].updated_at == kDay2);
    CHECK(list[0].revision == 1);
    CHECK_FALSE(list[0].last_exported_at);
    CHECK_FALSE(list[0].corrupt);
    CHECK(list[1].id == a.id);
}

TEST_CASE("plan ids come from the caller's seed and counter, skipping ids in use") {
    MemoryStore store;
    Library first(store, "tab");
    CHECK(first.create(named("A"), "A", kDay1).id == "tab-1");
    CHECK(first.create(named("B"), "B", kDay1).id == "tab-2");
    Library same_seed(store, "tab");   // another tab that drew the same seed
    CHECK(same_seed.create(named("C"), "C", kDay1).id == "tab-3");
    Library odd(store, "a.b c");       // '.' would break the key layout
    CHECK(odd.create(named("D"), "D", kDay1).id == "a_b_c-1");
}

TEST_CASE("a file just imported is stored as the importer read it, with a library object of its own") {
    MemoryStore store;
    Library lib(store, "t");
    // An exported record of another library (it carries a "library" member),
    // in an older version, spaced and ordered its own way.
    Saved other = lib.create(named("旧群", 42), "别处的名字", kDay1);
    REQUIRE(other.status == LibStatus::ok);
    json file = json::parse(*lib.raw(other.id));
    file["version"] = 1;
    const std::string text = file.dump(4);
    json parsed;
    ImportResult imported = import_plan_json(text, &parsed);
    REQUIRE(imported.ok());
    Saved s = lib.create_imported(parsed, "导入的群", kDay2);
    REQUIRE(s.status == LibStatus::ok);
    CHECK(s.id != other.id);
    CHECK(s.revision == 1);
    Loaded l = lib.load(s.id);
    REQUIRE(l.status == LibStatus::ok);
    CHECK(l.plan == imported.plan);
    CHECK(l.plan.basics.member_count == 42);
    CHECK(l.entry.name == "导入的群");          // not the file's own library name
    CHECK(l.entry.updated_at == kDay2);
    CHECK(l.entry.revision == 1);
    // The record is stored migrated (current version), as one line.
    json record = json::parse(*lib.raw(s.id));
    CHECK(record["version"] == kSchemaVersion);
    CHECK(lib.raw(s.id)->find('\n') == std::string::npos);
    // Saving an edit on top of it works as for any other record.
    Plan edited = l.plan;
    edited.basics.member_count = 43;
    Saved again = lib.save(s.id, edited, 1, kDay2);
    CHECK(again.status == LibStatus::ok);
    CHECK(lib.load(s.id).plan.basics.member_count == 43);
    // Not an envelope: refused, nothing written.
    json not_object = json::array();
    const size_t keys = store.keys()->size();
    CHECK(lib.create_imported(not_object, "x", kDay2).status == LibStatus::refused_invalid);
    CHECK(store.keys()->size() == keys);
}

TEST_CASE("a stored plan opens as it was saved") {
    MemoryStore store;
    Library lib(store, "t");
    Saved s = lib.create(named("宝妈成长营", 186), "成长营", kDay1);
    Loaded l = lib.load(s.id);
    REQUIRE(l.status == LibStatus::ok);
    CHECK(l.plan == named("宝妈成长营", 186));
    CHECK(l.entry.revision == 1);
    CHECK(l.entry.name == "成长营");
    CHECK(lib.load("nope").status == LibStatus::not_found);
    CHECK(lib.load("../x").status == LibStatus::not_found);
}

TEST_CASE("a stored value is a plan file by itself") {
    MemoryStore store;
    Library lib(store, "t");
    Saved s = lib.create(named("A"), "A", kDay1);
    ImportResult r = import_plan_json(*lib.raw(s.id));
    REQUIRE(r.ok());
    CHECK(r.plan == named("A"));
}

TEST_CASE("renaming keeps the plan and its revision") {
    MemoryStore store;
    Library lib(store, "t");
    Saved s = lib.create(named("A"), "旧名", kDay1);
    CHECK(lib.rename(s.id, "新名") == LibStatus::ok);
    Loaded l = lib.load(s.id);
    CHECK(l.entry.name == "新名");
    CHECK(l.entry.revision == 1);
    CHECK(l.plan == named("A"));
    // A save based on the same revision still goes through and keeps the new name.
    Saved again = lib.save(s.id, named("A2"), 1, kDay1b);
    CHECK(again.status == LibStatus::ok);
    CHECK(lib.load(s.id).entry.name == "新名");
    CHECK(lib.rename("nope", "x") == LibStatus::not_found);
}

TEST_CASE("duplicating makes a new plan with a suffixed name") {
    MemoryStore store;
    Library lib(store, "t");
    Saved s = lib.create(named("A"), "宝妈群", kDay1);
    lib.save(s.id, named("A", 20), 1, kDay1b);
    lib.mark_exported(s.id, kDay1b);
    Saved d = lib.duplicate(s.id, kCopy, kDay2);
    REQUIRE(d.status == LibStatus::ok);
    CHECK(d.id != s.id);
    Loaded copy = lib.load(d.id);
    CHECK(copy.entry.name == "宝妈群（副本）");
    CHECK(copy.entry.revision == 1);
    CHECK_FALSE(copy.entry.last_exported_at);
    CHECK(copy.plan == named("A", 20));
    CHECK(lib.load(s.id).entry.revision == 2);   // the original is untouched
    CHECK(lib.list().size() == 2);
}

TEST_CASE("deleting moves a plan to the trash and restoring brings it back whole") {
    MemoryStore store;
    Library lib(store, "t");
    Saved s = lib.create(named("A"), "宝妈群", kDay1);
    lib.save(s.id, named("A", 20), 1, kDay2);   // a new day: one snapshot
    std::string before = *lib.raw(s.id);
    CHECK(lib.remove(s.id, kDay2) == LibStatus::ok);
    CHECK(lib.list().empty());
    CHECK(lib.load(s.id).status == LibStatus::not_found);
    auto trash = lib.trash();
    REQUIRE(trash.size() == 1);
    CHECK(trash[0].id == s.id);
    CHECK(trash[0].name == "宝妈群");
    CHECK(trash[0].deleted_at == kDay2);
    CHECK(lib.restore(s.id) == LibStatus::ok);
    CHECK(*lib.raw(s.id) == before);
    CHECK(lib.load(s.id).entry.revision == 2);
    CHECK(lib.snapshots(s.id).size() == 1);
    CHECK(lib.trash().empty());
    CHECK(lib.restore(s.id) == LibStatus::not_found);
}

TEST_CASE("purging empties a trashed plan and its snapshots for good") {
    MemoryStore store;
    Library lib(store, "t");
    Saved s = lib.create(named("A"), "A", kDay1);
    lib.save(s.id, named("A", 20), 1, kDay2);
    CHECK(lib.purge(s.id) == LibStatus::not_found);   // only trashed plans
    lib.remove(s.id, kDay2);
    CHECK(lib.purge(s.id) == LibStatus::ok);
    CHECK(lib.trash().empty());
    CHECK(lib.restore(s.id) == LibStatus::not_found);
    CHECK(count_keys(store, "planner.snap.") == 0);
}

TEST_CASE("exporting is recorded so the user can be reminded") {
    MemoryStore store;
    Library lib(store, "t");
    Saved s = lib.create(named("A"), "A", kDay1);
    CHECK(lib.mark_exported(s.id, kDay1b) == LibStatus::ok);
    auto list = lib.list();
    REQUIRE(list.size() == 1);
    CHECK(list[0].last_exported_at == kDay1b);
    CHECK(list[0].revision == 1);   // library data, not an edit
    CHECK(lib.mark_exported("nope", kDay1b) == LibStatus::not_found);
}

// ---- saving and two tabs ------------------------------------------------------------
TEST_CASE("each save raises the revision, and saving nothing new writes nothing") {
    MemoryStore store;
    Library lib(store, "t");
    Saved s = lib.create(named("A"), "A", kDay1);
    Saved r2 = lib.save(s.id, named("A", 11), 1, kDay1b);
    CHECK(r2.status == LibStatus::ok);
    CHECK(r2.revision == 2);
    Saved same = lib.save(s.id, named("A", 11), 2, kDay1b);
    CHECK(same.status == LibStatus::ok);
    CHECK(same.revision == 2);
    CHECK(lib.stored_revision(s.id) == 2);
    CHECK(lib.save("nope", named("A"), 1, kDay1).status == LibStatus::not_found);
}

TEST_CASE("a save based on an older revision is refused as a conflict and overwrites nothing") {
    MemoryStore store;
    Library tab_a(store, "a"), tab_b(store, "b");
    Saved s = tab_a.create(named("A"), "群", kDay1);
    Loaded opened_in_b = tab_b.load(s.id);
    CHECK(tab_a.save(s.id, named("from A"), 1, kDay1b).status == LibStatus::ok);
    Saved b = tab_b.save(s.id, named("from B"), opened_in_b.entry.revision, kDay1b);
    CHECK(b.status == LibStatus::conflict);
    CHECK(b.revision == 2);
    CHECK(tab_a.load(s.id).plan == named("from A"));
}

TEST_CASE("two tabs: with unsaved changes, this tab's version is kept as a new plan") {
    MemoryStore store;
    Library tab_a(store, "a"), tab_b(store, "b");
    Saved s = tab_a.create(named("A"), "群", kDay1);
    tab_a.save(s.id, named("from A"), 1, kDay1b);
    REQUIRE(tab_b.save(s.id, named("from B"), 1, kDay1b).status == LibStatus::conflict);
    Resolved r = tab_b.resolve_conflict(s.id, named("from B"), true, kOtherTab, kDay1b);
    CHECK(r.action == Resolution::saved_as_copy);
    CHECK(r.id != s.id);
    CHECK(r.plan == named("from B"));
    CHECK(r.revision == 1);
    Loaded copy = tab_b.load(r.id);
    CHECK(copy.plan == named("from B"));
    CHECK(copy.entry.name == "群（另一标签页的版本）");
    CHECK(tab_b.load(s.id).plan == named("from A"));   // both are kept
    CHECK(tab_b.list().size() == 2);
}

TEST_CASE("two tabs: without unsaved changes, this tab reloads the newer plan") {
    MemoryStore store;
    Library tab_a(store, "a"), tab_b(store, "b");
    Saved s = tab_a.create(named("A"), "群", kDay1);
    tab_a.save(s.id, named("from A"), 1, kDay1b);
    CHECK(tab_b.stored_revision(s.id) == 2);   // what a storage event handler checks
    Resolved r = tab_b.resolve_conflict(s.id, named("A"), false, kOtherTab, kDay1b);
    CHECK(r.action == Resolution::reloaded);
    CHECK(r.id == s.id);
    CHECK(r.plan == named("from A"));
    CHECK(r.revision == 2);
    CHECK(tab_b.list().size() == 1);
}

TEST_CASE("two tabs: a plan deleted in the other tab closes, or is kept if edited here") {
    MemoryStore store;
    Library tab_a(store, "a"), tab_b(store, "b");
    Saved s = tab_a.create(named("A"), "群", kDay1);
    tab_a.remove(s.id, kDay1b);
    CHECK(tab_b.save(s.id, named("B"), 1, kDay1b).status == LibStatus::not_found);
    CHECK(tab_b.resolve_conflict(s.id, named("A"), false, kOtherTab, kDay1b).action == Resolution::closed);
    Resolved kept = tab_b.resolve_conflict(s.id, named("B"), true, kOtherTab, kDay1b);
    CHECK(kept.action == Resolution::saved_as_copy);
    CHECK(tab_b.load(kept.id).entry.name == "群（另一标签页的版本）");   // named from the trash
}

TEST_CASE("an empty plan never replaces a stored non-empty one") {
    MemoryStore store;
    Library lib(store, "t");
    Saved s = lib.create(named("A"), "A", kDay1);
    Saved empty = lib.save(s.id, Plan{}, 1, kDay1b);
    CHECK(empty.status == LibStatus::refused_empty);
    CHECK(lib.load(s.id).plan == named("A"));
    CHECK(lib.stored_revision(s.id) == 1);
    // A new plan may start empty, and stay empty.
    Saved blank = lib.create(Plan{}, "", kDay1);
    CHECK(blank.status == LibStatus::ok);
    CHECK(lib.save(blank.id, Plan{}, 1, kDay1b).status == LibStatus::ok);
    CHECK(lib.save(blank.id, named("B"), 1, kDay1b).status == LibStatus::ok);
}

TEST_CASE("a plan that fails validation is never written") {
    MemoryStore store;
    Library lib(store, "t");
    Saved s = lib.create(named("A"), "A", kDay1);
    Plan bad = named("A", -5);
    Saved r = lib.save(s.id, bad, 1, kDay1b);
    CHECK(r.status == LibStatus::refused_invalid);
    CHECK(r.problem.kind == ProblemKind::out_of_range);
    CHECK(r.problem.path == "plan.basics.member_count");
    CHECK(lib.load(s.id).plan == named("A"));
    int keys_before = (int)store.keys()->size();
    CHECK(lib.create(bad, "bad", kDay1).status == LibStatus::refused_invalid);
    CHECK((int)store.keys()->size() == keys_before);
}

// ---- damaged values --------------------------------------------------------------------
TEST_CASE("a corrupted stored value is set aside and the rest of the library loads") {
    MemoryStore store;
    Library lib(store, "t");
    Saved good = lib.create(named("A"), "好的", kDay1);
    store.set("planner.plan.bad", "{\"format\": \"sop-planner/pl");   // truncated
    auto list = lib.list();
    REQUIRE(list.size() == 2);
    CHECK(list[0].id == good.id);
    CHECK_FALSE(list[0].corrupt);
    CHECK(list[1].id == "bad");
    CHECK(list[1].corrupt);
    CHECK(list[1].problem.kind == ProblemKind::not_json);
    CHECK(list[1].aside_key == "planner.aside.bad.1");
    CHECK(lib.aside_text("planner.aside.bad.1") == "{\"format\": \"sop-planner/pl");
    CHECK(lib.raw("bad") == "{\"format\": \"sop-planner/pl");
    lib.list();   // listing again copies nothing more
    CHECK(lib.load("bad").status == LibStatus::corrupt);
    auto aside = lib.aside_values();
    REQUIRE(aside.size() == 1);
    CHECK(aside[0].id == "bad");
    CHECK(lib.load(good.id).status == LibStatus::ok);
}

TEST_CASE("a stored plan that fails validation or has a wrong revision counts as corrupted") {
    MemoryStore store;
    Library lib(store, "t");
    Saved s = lib.create(named("A"), "A", kDay1);
    json record = json::parse(*lib.raw(s.id));
    json bad_plan = record, bad_revision = record, no_library = record;
    bad_plan["plan"]["basics"]["member_count"] = -1;
    bad_revision["library"]["revision"] = "3";
    no_library.erase("library");
    store.set("planner.plan.p1", bad_plan.dump());
    store.set("planner.plan.p2", bad_revision.dump());
    store.set("planner.plan.p3", no_library.dump());
    Loaded l1 = lib.load("p1"), l2 = lib.load("p2"), l3 = lib.load("p3");
    CHECK(l1.status == LibStatus::corrupt);
    CHECK(l1.entry.problem.path == "plan.basics.member_count");
    CHECK(l2.status == LibStatus::corrupt);
    CHECK(l2.entry.problem.path == "library.revision");
    CHECK(l3.status == LibStatus::corrupt);
    CHECK(l3.entry.problem.kind == ProblemKind::missing);
    CHECK(lib.aside_values().size() == 3);
    CHECK(lib.list().size() == 4);
}

TEST_CASE("a record opens whatever the order, spacing and escaping of its members") {
    // The library finds its own member without parsing the plan twice; a
    // record written by hand (or by an older build) must open all the same.
    MemoryStore store;
    Library lib(store, "t");
    Saved s = lib.create(named("宝妈 \"群\" {a}, [b]", 12), "群", kDay1);
    json record = json::parse(*lib.raw(s.id));
    // nlohmann keeps keys sorted, so the text is built by hand.
    std::string text = "{\n  \"plan\" : " + record["plan"].dump(2) + ",\n  \"format\":\"sop-planner/plan\", \"version\": 2,";
    text += "\"note\": [1, {\"library\": 5}, \"}\"], \"librar\\u0079\"\t:\n" + record["library"].dump(4) + "}";
    store.set("planner.plan.p7", text);
    Loaded l = lib.load("p7");
    REQUIRE(l.status == LibStatus::ok);
    CHECK(l.plan == named("宝妈 \"群\" {a}, [b]", 12));
    CHECK(l.entry.name == "群");
    CHECK(l.entry.revision == 1);
    // A "library" key inside another member is not the record's.
    json nested = record;
    nested.erase("library");
    nested["app_version"] = json{{"library", record["library"]}};
    store.set("planner.plan.p8", nested.dump());
    CHECK(lib.load("p8").status == LibStatus::corrupt);
}

TEST_CASE("a plan too large for a file is never written") {
    MemoryStore store;
    Library lib(store, "t");
    Saved s = lib.create(named("A"), "A", kDay1);
    Plan huge = named("A");
    for (int i = 0; i < 5000; ++i) {   // 5,000 × 4,000 bytes of notes > 16 MiB
        ContentItem item;
        item.id = "c" + std::to_string(i);
        item.title = "t";
        item.note = std::string(4000, 'x');
        huge.content.items.push_back(item);
    }
    Saved r = lib.save(s.id, huge, 1, kDay1b);
    CHECK(r.status == LibStatus::refused_invalid);
    CHECK(r.problem.kind == ProblemKind::too_large);
    CHECK(lib.load(s.id).plan == named("A"));
    CHECK(lib.create(huge, "huge", kDay1).status == LibStatus::refused_invalid);
}

TEST_CASE("set-aside values are never overwritten or removed by the library") {
    MemoryStore store;
    Library lib(store, "t");
    store.set("planner.plan.bad", "garbage 1");
    CHECK(lib.load("bad").entry.aside_key == "planner.aside.bad.1");
    store.set("planner.plan.bad", "garbage 2");   // damaged again, differently
    CHECK(lib.load("bad").entry.aside_key == "planner.aside.bad.2");
    // Saving over it is a conflict; the tab keeps its version as a new plan.
    CHECK(lib.save("bad", named("mine"), 1, kDay1).status == LibStatus::conflict);
    Resolved r = lib.resolve_conflict("bad", named("mine"), false, kOtherTab, kDay1);
    CHECK(r.action == Resolution::saved_as_copy);
    CHECK(lib.remove("bad", kDay1) == LibStatus::ok);
    CHECK(lib.purge("bad") == LibStatus::ok);
    CHECK(lib.aside_text("planner.aside.bad.1") == "garbage 1");
    CHECK(lib.aside_text("planner.aside.bad.2") == "garbage 2");
    CHECK(lib.create(named("x"), "x", kDay1).id != "bad");
}

TEST_CASE("a corrupted or stale index is rebuilt from the plan keys") {
    MemoryStore store;
    Library lib(store, "t");
    Saved s = lib.create(named("A"), "A", kDay1);
    lib.list();
    REQUIRE(store.get("planner.index"));
    store.set("planner.index", "{not json");
    auto list = lib.list();
    REQUIRE(list.size() == 1);
    CHECK(list[0].name == "A");
    CHECK(json::parse(*store.get("planner.index"), nullptr, false).is_object());
    // Another tab writes the plan: the listing shows the new revision.
    Library other(store, "o");
    other.save(s.id, named("B"), 1, kDay1b);
    CHECK(lib.list()[0].revision == 2);
    store.set("planner.index", R"({"version":1,"plans":{"t-1":{"fp":"x","name":7}}})");
    CHECK(lib.list()[0].name == "A");
}

// ---- a full or missing store ---------------------------------------------------------
TEST_CASE("a full store refuses the save and keeps the previous revision") {
    MemoryStore store;
    Library lib(store, "t");
    Saved s = lib.create(named("A"), "A", kDay1);
    store.quota_bytes = store.used_bytes() + 10;
    Saved r = lib.save(s.id, big(400), 1, kDay1b);
    CHECK(r.status == LibStatus::quota_exceeded);
    Loaded l = lib.load(s.id);
    CHECK(l.plan == named("A"));
    CHECK(l.entry.revision == 1);
    CHECK(lib.create(named("B"), "B", kDay1).status == LibStatus::quota_exceeded);
}

TEST_CASE("when the store is full the oldest snapshots are dropped to make room") {
    MemoryStore store;
    Library lib(store, "t");
    Saved a = lib.create(named("A"), "A", day(1));
    Saved b = lib.create(named("B"), "B", day(1));
    for (int d = 2; d <= 4; ++d) {
        lib.save(a.id, named("A", d), d - 1, day(d));
        lib.save(b.id, named("B", d), d - 1, day(d));
    }
    REQUIRE(count_keys(store, "planner.snap.") == 6);
    store.quota_bytes = store.used_bytes() + 200;
    Saved r = lib.save(a.id, big(300), 4, day(4));
    CHECK(r.status == LibStatus::ok);
    CHECK(lib.load(a.id).plan == big(300));
    CHECK(count_keys(store, "planner.snap.") < 6);
    // The oldest went first: the day-1 snapshots.
    CHECK_FALSE(store.get("planner.snap." + a.id + ".1"));
    CHECK_FALSE(store.get("planner.snap." + b.id + ".1"));
    CHECK(store.get("planner.snap." + b.id + ".3"));
}

TEST_CASE("a write the store does not keep is undone") {
    ManglingStore store;
    Library lib(store, "t");
    Saved s = lib.create(named("A"), "A", kDay1);
    store.mangle_next = true;
    CHECK(lib.save(s.id, named("B"), 1, kDay1b).status == LibStatus::read_back_mismatch);
    Loaded l = lib.load(s.id);
    CHECK(l.status == LibStatus::ok);
    CHECK(l.plan == named("A"));
    CHECK(l.entry.revision == 1);
}

TEST_CASE("unavailable storage is reported once and the library works in memory") {
    MemoryStore store;
    store.unavailable = true;
    Library lib(store, "t");
    CHECK_FALSE(lib.check_storage());
    CHECK(lib.in_memory());
    CHECK(lib.take_unavailable_notice());
    CHECK_FALSE(lib.take_unavailable_notice());
    Saved s = lib.create(named("A"), "A", kDay1);
    CHECK(s.status == LibStatus::ok);
    CHECK(lib.save(s.id, named("B"), 1, kDay1b).status == LibStatus::ok);
    CHECK(lib.list().size() == 1);
    CHECK(lib.load(s.id).plan == named("B"));
}

TEST_CASE("storage that takes writes but cannot be read is said so, and its plans are left alone") {
    MemoryStore store;
    Library before(store, "t");
    Saved a = before.create(named("A"), "A", kDay1);
    REQUIRE(a.status == LibStatus::ok);
    const std::string stored = *store.get("planner.plan." + a.id);
    store.unreadable = true;   // getItem and the key listing throw; setItem works
    Library lib(store, "u");
    CHECK_FALSE(lib.check_storage());
    CHECK(lib.in_memory());
    CHECK(lib.memory_notice() == S::library_unreadable);
    CHECK(lib.take_unavailable_notice());
    CHECK(lib.list().empty());   // nothing could be read: shown as nothing, said as unreadable
    Saved b = lib.create(named("B"), "B", kDay2);
    CHECK(b.status == LibStatus::ok);
    CHECK(lib.save(b.id, named("C"), 1, kDay2).status == LibStatus::ok);
    CHECK_FALSE(lib.take_unavailable_notice());   // once, not on every edit
    store.unreadable = false;
    CHECK(store.get("planner.plan." + a.id) == stored);   // the saved plan was not touched
    CHECK_FALSE(store.get("planner.plan." + b.id));        // the new one went to memory only
}

// A store whose key listing fails while reads work: a foreign key it cannot
// name, say. The library must not take that for "no plans".
struct UnlistableStore : KeyValueStore {
    MemoryStore inner;
    bool listing_fails = false;
    std::optional<std::string> get(const std::string& k) override { return inner.get(k); }
    StoreStatus set(const std::string& k, const std::string& v) override { return inner.set(k, v); }
    void remove(const std::string& k) override { inner.remove(k); }
    std::optional<std::vector<std::string>> keys() override {
        if (listing_fails) return std::nullopt;
        return inner.keys();
    }
};

TEST_CASE("a key listing that fails is never an empty library") {
    UnlistableStore store;
    Library before(store, "t");
    Saved a = before.create(named("A"), "A", kDay1);
    REQUIRE(a.status == LibStatus::ok);
    store.listing_fails = true;
    Library lib(store, "u");
    CHECK_FALSE(lib.check_storage());
    CHECK(lib.memory_notice() == S::library_unreadable);
    // The later listing of a library that started fine says so too.
    store.listing_fails = false;
    Library later(store, "v");
    CHECK(later.check_storage());
    store.listing_fails = true;
    CHECK(later.list().empty());
    CHECK(later.in_memory());
    CHECK(later.take_unavailable_notice());
    CHECK(later.memory_notice() == S::library_unreadable);
    store.listing_fails = false;
    CHECK(store.get("planner.plan." + a.id));   // still there, untouched
}

TEST_CASE("a put-back that does not stay is not reported as done: the library works in memory and says so") {
    ManglingStore store;   // damages the write and then the put-back too
    Library lib(store, "t");
    Saved s = lib.create(named("A"), "A", kDay1);
    REQUIRE(s.status == LibStatus::ok);
    store.mangle_all = true;
    Saved r = lib.save(s.id, named("B"), 1, kDay1b);
    CHECK(r.status == LibStatus::ok);   // kept, in memory
    CHECK(lib.in_memory());
    CHECK(lib.take_unavailable_notice());
    CHECK(lib.memory_notice() == S::library_put_back_failed);
    CHECK(lib.load(s.id).plan == named("B"));
    // With a put-back that stays, the old message is true and nothing moves to memory.
    ManglingStore good;
    Library ok(good, "t");
    Saved g = ok.create(named("A"), "A", kDay1);
    good.mangle_next = true;
    CHECK(ok.save(g.id, named("B"), 1, kDay1b).status == LibStatus::read_back_mismatch);
    CHECK_FALSE(ok.in_memory());
}

TEST_CASE("storage that fails on a write switches to memory without losing the write") {
    MemoryStore store;
    Library lib(store, "t");
    Saved s = lib.create(named("A"), "A", kDay1);
    CHECK(lib.check_storage());
    store.unavailable = true;
    Saved later = lib.create(named("B"), "B", kDay1);
    CHECK(later.status == LibStatus::ok);
    CHECK(lib.in_memory());
    CHECK(lib.take_unavailable_notice());
    CHECK(lib.load(later.id).plan == named("B"));
    store.unavailable = false;
    CHECK(store.get("planner.plan." + s.id));   // what was stored before stays there
}

// ---- snapshots ------------------------------------------------------------------------
TEST_CASE("a snapshot is kept when the day changes, and only the newest three stay") {
    MemoryStore store;
    Library lib(store, "t");
    Saved s = lib.create(named("A", 1), "A", day(1));
    lib.save(s.id, named("A", 2), 1, day(1));   // same day as creation: none
    CHECK(lib.snapshots(s.id).empty());
    int rev = 2;
    for (int d = 2; d <= 6; ++d) rev = lib.save(s.id, named("A", 10 + d), rev, day(d)).revision;
    auto snaps = lib.snapshots(s.id);
    REQUIRE(snaps.size() == 3);
    CHECK(snaps[0].revision == 6);   // the record as it stood before day 6's save
    CHECK(snaps[0].updated_at == day(5));
    CHECK(snaps[2].revision == 4);
    Loaded old = lib.load_snapshot(s.id, 4);
    REQUIRE(old.status == LibStatus::ok);
    CHECK(old.plan == named("A", 13));
    CHECK(lib.load_snapshot(s.id, 1).status == LibStatus::not_found);
}

TEST_CASE("a snapshot is also kept every fifty saves on a busy day") {
    MemoryStore store;
    Library lib(store, "t");
    Saved s = lib.create(named("A", 0), "A", kDay1);
    int rev = 1;
    for (int i = 1; i <= Library::kSnapshotEverySaves; ++i) rev = lib.save(s.id, named("A", i), rev, kDay1b).revision;
    auto snaps = lib.snapshots(s.id);
    REQUIRE(snaps.size() == 1);
    CHECK(lib.load_snapshot(s.id, snaps[0].revision).plan == named("A", Library::kSnapshotEverySaves - 1));
}

TEST_CASE("restoring a snapshot saves it as a new revision and keeps the current one") {
    MemoryStore store;
    Library lib(store, "t");
    Saved s = lib.create(named("A", 1), "A", day(1));
    lib.save(s.id, named("A", 2), 1, day(2));   // snapshot of revision 1
    Saved r = lib.restore_snapshot(s.id, 1, 2, day(2));
    REQUIRE(r.status == LibStatus::ok);
    CHECK(r.revision == 3);
    CHECK(lib.load(s.id).plan == named("A", 1));
    Loaded before_restore = lib.load_snapshot(s.id, 2);
    REQUIRE(before_restore.status == LibStatus::ok);
    CHECK(before_restore.plan == named("A", 2));
    CHECK(lib.restore_snapshot(s.id, 1, 2, day(2)).status == LibStatus::conflict);
}

TEST_CASE("every library status has a message") {
    for (int i = 0; i <= (int)LibStatus::exists; ++i)
        CHECK(std::string(tr(status_label((LibStatus)i), Lang::zh)).size() > 0);
    CHECK(std::string(tr(S::library_copy_suffix, Lang::zh)) == "（副本）");
}

// ---- two tabs whose writes cross (local storage is no transaction) -------------------
TEST_CASE("two tabs: a save overwritten unseen is noticed and kept as a plan of its own, once") {
    MemoryStore shared;
    TabStore view_a(shared), view_b(shared);
    Library tab_a(view_a, "a"), tab_b(view_b, "b");
    Saved s = tab_a.create(named("起"), "群", kDay1);
    view_b.sync();
    Loaded opened = tab_b.load(s.id);
    CHECK(opened.tip == "a@1");
    // Both save revision 2 before either hears of the other: B's write lands last.
    Saved a2 = tab_a.save(s.id, named("A 的修改"), 1, kDay1b);
    Saved b2 = tab_b.save(s.id, named("B 的修改"), 1, kDay1b);
    REQUIRE(a2.status == LibStatus::ok);
    REQUIRE(b2.status == LibStatus::ok);
    CHECK(a2.tip == "a@2");
    view_a.sync();
    view_b.sync();
    CHECK(tab_a.holds(s.id, a2.tip) == false);   // A's save is gone from the record
    CHECK(tab_b.holds(s.id, b2.tip) == true);
    CHECK(tab_a.holds(s.id, "") == std::nullopt);
    Saved kept = tab_a.keep_overwritten(s.id, a2.tip, named("A 的修改"), "群" + kOtherTab, kDay1b);
    REQUIRE(kept.status == LibStatus::ok);
    CHECK(kept.revision == 1);
    CHECK(tab_a.load(kept.id).plan == named("A 的修改"));
    CHECK(tab_a.load(kept.id).entry.name == "群（另一标签页的版本）");
    // Another tab noticing the same lost save finds it kept already.
    view_b.sync();
    Saved again = tab_b.keep_overwritten(s.id, a2.tip, named("A 的修改"), "群" + kOtherTab, kDay1b);
    CHECK(again.status == LibStatus::ok);
    CHECK(again.id == kept.id);
    CHECK(again.revision == 0);
    CHECK(count_keys(shared, "planner.plan.") == 2);
}

TEST_CASE("two tabs: a save that a later save built on is held") {
    MemoryStore store;
    Library tab_a(store, "a"), tab_b(store, "b");
    Saved s = tab_a.create(named("起"), "群", kDay1);
    Saved a2 = tab_a.save(s.id, named("A"), 1, kDay1b);
    Saved b3 = tab_b.save(s.id, named("B"), 2, kDay1b);
    REQUIRE(b3.status == LibStatus::ok);
    CHECK(tab_a.holds(s.id, a2.tip) == true);
    CHECK(tab_a.holds(s.id, s.tip) == true);
}

TEST_CASE("two tabs closing at once: the next start keeps the save that was overwritten") {
    MemoryStore shared;
    TabStore view_a(shared), view_b(shared);
    Library tab_a(view_a, "a"), tab_b(view_b, "b");
    Saved s = tab_a.create(named("起"), "群", kDay1);
    view_b.sync();
    // Each saves and leaves its last save behind as the page hides.
    Saved a2 = tab_a.save(s.id, named("A 的修改"), 1, kDay1b);
    tab_a.write_lastsave(s.id, a2.tip, kDay1b);
    Saved b2 = tab_b.save(s.id, named("B 的修改"), 1, kDay1b);
    tab_b.write_lastsave(s.id, b2.tip, kDay1b);
    CHECK(count_keys(shared, "planner.lastsave.") == 2);
    // Two tabs start at once and both check: one plan is kept, not two.
    TabStore view_c(shared), view_d(shared);
    Library tab_c(view_c, "c"), tab_d(view_d, "d");
    // Just after: a closing tab's write may still be on its way, so nothing is judged yet.
    Library::LastsaveCheck young = tab_c.check_lastsaves(kOtherTab, "2025-03-01T09:00:03Z");
    CHECK(young.waiting);
    CHECK(young.kept.empty());
    CHECK(count_keys(shared, "planner.lastsave.") == 2);
    std::vector<std::string> kept_c = tab_c.check_lastsaves(kOtherTab, kDay2).kept;
    std::vector<std::string> kept_d = tab_d.check_lastsaves(kOtherTab, kDay2).kept;
    REQUIRE(kept_c.size() == 1);
    CHECK(kept_d.size() == 1);   // it did not see C's copy yet; it wrote the same one
    CHECK(kept_c == kept_d);
    view_c.sync();
    CHECK(tab_c.load(s.id).plan == named("B 的修改"));
    CHECK(tab_c.load(kept_c[0]).plan == named("A 的修改"));
    CHECK(count_keys(shared, "planner.plan.") == 2);
    CHECK(count_keys(shared, "planner.lastsave.") == 0);
    // Nothing to do the next time.
    Library tab_e(shared, "e");
    CHECK(tab_e.check_lastsaves(kOtherTab, kDay2).kept.empty());
}

TEST_CASE("a last save that stayed, or whose plan was deleted since, is only removed") {
    MemoryStore store;
    Library tab_a(store, "a"), tab_b(store, "b");
    Saved s = tab_a.create(named("起"), "群", kDay1);
    Saved a2 = tab_a.save(s.id, named("A"), 1, kDay1b);
    tab_a.write_lastsave(s.id, a2.tip, kDay1b);
    Saved t = tab_a.create(named("另一个"), "群二", kDay1);
    Saved t2 = tab_a.save(t.id, named("另一个改"), 1, kDay1b);
    Library tab_x(store, "x");
    tab_x.write_lastsave(t.id, t2.tip, kDay1b);
    REQUIRE(tab_b.remove(t.id, kDay2) == LibStatus::ok);
    CHECK(tab_b.check_lastsaves(kOtherTab, kDay2).kept.empty());
    CHECK(count_keys(store, "planner.lastsave.") == 0);
    CHECK(tab_b.list().size() == 1);
    // A tab's own last save is left for it to drop.
    tab_a.write_lastsave(s.id, a2.tip, kDay1b);
    CHECK(tab_a.check_lastsaves(kOtherTab, kDay2).kept.empty());
    CHECK(count_keys(store, "planner.lastsave.") == 1);
    tab_a.drop_lastsave();
    CHECK(count_keys(store, "planner.lastsave.") == 0);
}
