# A to-do manager with classes, priorities, due days and a command interpreter.
class TodoError(Exception):
    pass


class Task:
    PRIORITIES = ("low", "normal", "high")

    def __init__(self, tid, title, priority="normal", due=None):
        if priority not in self.PRIORITIES:
            raise TodoError(f"unknown priority {priority!r}")
        self.id = tid
        self.title = title
        self.priority = priority
        self.due = due
        self.done = False
        self.tags = []

    def rank(self):
        return (self.done, -self.PRIORITIES.index(self.priority),
                self.due if self.due is not None else 999, self.id)

    def __str__(self):
        box = "[x]" if self.done else "[ ]"
        due = f" (due day {self.due})" if self.due is not None else ""
        tags = " " + " ".join("#" + t for t in self.tags) if self.tags else ""
        return f"{box} {self.id:>2}. {self.title} <{self.priority}>{due}{tags}"


class TodoList:
    def __init__(self):
        self.tasks = {}
        self.next_id = 1

    def add(self, title, priority="normal", due=None):
        task = Task(self.next_id, title, priority, due)
        self.tasks[task.id] = task
        self.next_id += 1
        return task

    def get(self, tid):
        try:
            return self.tasks[tid]
        except KeyError:
            raise TodoError(f"no task {tid}") from None

    def complete(self, tid):
        task = self.get(tid)
        if task.done:
            raise TodoError(f"task {tid} already done")
        task.done = True

    def remove(self, tid):
        self.get(tid)
        del self.tasks[tid]

    def overdue(self, today):
        return [t for t in self.tasks.values() if not t.done and t.due is not None and t.due < today]

    def show(self):
        for t in sorted(self.tasks.values(), key=Task.rank):
            print("  " + str(t))
        done = sum(t.done for t in self.tasks.values())
        print(f"  -- {done}/{len(self.tasks)} done")


def run(todo, line):
    cmd, _, rest = line.partition(" ")
    if cmd == "add":
        parts = rest.split("|")
        title = parts[0].strip()
        prio = parts[1].strip() if len(parts) > 1 else "normal"
        due = int(parts[2]) if len(parts) > 2 else None
        t = todo.add(title, prio, due)
        print(f"added #{t.id}")
    elif cmd == "done":
        todo.complete(int(rest))
        print(f"completed #{rest}")
    elif cmd == "rm":
        todo.remove(int(rest))
        print(f"removed #{rest}")
    elif cmd == "tag":
        tid, tag = rest.split()
        todo.get(int(tid)).tags.append(tag)
    elif cmd == "list":
        todo.show()
    elif cmd == "overdue":
        print("overdue:", [t.title for t in todo.overdue(int(rest))])
    else:
        raise TodoError(f"unknown command {cmd!r}")


todo = TodoList()
commands = """add buy milk|low|3
add write essay|high|5
add call mom
add fix bike|normal|2
add learn python|urgent
tag 2 school
tag 2 writing
done 3
list
done 3
overdue 4
rm 1
rm 9
frobnicate 1
done 4
add read book|low
list
done x"""
for line in commands.splitlines():
    print(">", line)
    try:
        run(todo, line)
    except TodoError as e:
        print("error:", e)
    except ValueError as e:
        print("bad input:", e)
