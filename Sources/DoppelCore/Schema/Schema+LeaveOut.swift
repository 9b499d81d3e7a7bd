/// Objects a policy leaves out of the clone (`leave_out:`), named by their labels: `view sales_summary`,
/// `function customer_label`, `aggregate group_concat`, `trigger order_audit`… as `doppel inspect` lists
/// them. Tables are left out with `mode: skip` instead.
extension Schema {
    /// The label of every object, view and trigger that `leave_out:` can name.
    package var objectLabels: [String] {
        views.map(\.label) + triggers.map(\.label) + (objects ?? []).filter { $0.kind != .comment }.map(\.label)
    }

    /// The schema without the objects, views and triggers these labels name, nor the comments on them.
    package func leavingOut(_ labels: Set<String>) -> Schema {
        guard !labels.isEmpty else { return self }
        var schema = self
        let removedViews = Set(views.filter { labels.contains($0.label) }.compactMap(\.catalogID))
        let removedObjects = Set((objects ?? []).filter { labels.contains($0.label) }.compactMap(\.catalogID))
        schema.views = views.filter { !labels.contains($0.label) }
        schema.triggers = triggers.filter { !labels.contains($0.label) }
        let removedViewNames = Set(views.filter { labels.contains($0.label) }.map(\.name))
        schema.objects = objects?.filter { object in
            if object.kind == .comment {
                if let table = object.table { return !removedViewNames.contains(table) }
                return (object.dependencies ?? []).allSatisfy { !removedObjects.contains($0) && !removedViews.contains($0) }
            }
            return !labels.contains(object.label)
        }
        return schema
    }
}

extension EngineObject {
    /// How `doppel inspect`, errors and `leave_out:` name the object: its kind and name (`aggregate group_concat`).
    package var label: String { "\(kind.rawValue) \(name)" }
}

extension View {
    /// `view NAME` or `materialized view NAME`.
    package var label: String { "\(isMaterialized ? "materialized view" : "view") \(name)" }
}

extension Trigger {
    /// `trigger NAME`.
    package var label: String { "trigger \(name)" }
}
