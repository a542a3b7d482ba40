# Task-scheduler simulation in the style of "richards": a tiny operating-system
# kernel with prioritized tasks (an idle task, a worker, two handlers and two
# devices) that pass packets to each other; the kernel always runs the
# highest-priority task that is ready.
# quick: 1
import sys

DEFAULT = 2

I_IDLE, I_WORK, I_HANDLER_A, I_HANDLER_B, I_DEV_A, I_DEV_B = range(6)
K_DEVICE, K_WORK = 0, 1
BUF_SIZE = 4


class Packet:
    __slots__ = ("link", "owner", "kind", "count", "buf")

    def __init__(self, link, owner, kind):
        self.link = link
        self.owner = owner
        self.kind = kind
        self.count = 0
        self.buf = [0] * BUF_SIZE

    def enqueue(self, head):
        """Append this packet to the list starting at head; return the head."""
        self.link = None
        if head is None:
            return self
        node = head
        while node.link is not None:
            node = node.link
        node.link = self
        return head

    def __repr__(self):
        return f"Packet(owner={self.owner}, kind={self.kind}, count={self.count})"


class Task:
    name = "task"

    def __init__(self, kernel, ident, priority, queue):
        self.kernel = kernel
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.pending = queue is not None
        self.waiting = False
        self.held = False
        self.runs = 0
        kernel.add(self)

    @property
    def suspended(self):
        return self.held or (not self.pending and self.waiting)

    @property
    def waiting_with_packet(self):
        return self.pending and self.waiting and not self.held

    def take_packet(self):
        pkt = self.queue
        self.queue = pkt.link
        self.pending = self.queue is not None
        self.waiting = False
        return pkt

    def deliver(self, pkt, current):
        """Accept pkt; return the task the kernel should look at next."""
        if self.queue is None:
            self.queue = pkt
            self.pending = True
            if self.priority > current.priority:
                return self
        else:
            self.queue = pkt.enqueue(self.queue)
        return current

    def step(self, pkt):
        raise NotImplementedError(self.name)

    def __repr__(self):
        flags = "".join(c for c, on in (("P", self.pending), ("W", self.waiting), ("H", self.held)) if on)
        return f"<{self.name} {self.ident} pri={self.priority} {flags or '-'}>"


class IdleTask(Task):
    name = "idle"

    def __init__(self, kernel, ident, priority, count):
        super().__init__(kernel, ident, priority, None)
        self.control = 1
        self.count = count

    def step(self, pkt):
        self.count -= 1
        if self.count == 0:
            return self.kernel.hold()
        if self.control & 1 == 0:
            self.control >>= 1
            return self.kernel.release(I_DEV_A)
        self.control = (self.control >> 1) ^ 0xD008
        return self.kernel.release(I_DEV_B)


class WorkerTask(Task):
    name = "worker"

    def __init__(self, kernel, ident, priority, queue):
        super().__init__(kernel, ident, priority, queue)
        self.dest = I_HANDLER_A
        self.letter = 0

    def step(self, pkt):
        if pkt is None:
            return self.kernel.wait()
        self.dest = I_HANDLER_B if self.dest == I_HANDLER_A else I_HANDLER_A
        pkt.owner = self.dest
        pkt.count = 0
        for i in range(BUF_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            pkt.buf[i] = self.letter
        return self.kernel.send(pkt)


class HandlerTask(Task):
    name = "handler"

    def __init__(self, kernel, ident, priority, queue):
        super().__init__(kernel, ident, priority, queue)
        self.work_in = None
        self.dev_in = None

    def step(self, pkt):
        if pkt is not None:
            if pkt.kind == K_WORK:
                self.work_in = pkt.enqueue(self.work_in)
            else:
                self.dev_in = pkt.enqueue(self.dev_in)
        work = self.work_in
        if work is not None:
            n = work.count
            if n < BUF_SIZE:
                dev = self.dev_in
                if dev is not None:
                    self.dev_in = dev.link
                    dev.count = work.buf[n]
                    work.count = n + 1
                    return self.kernel.send(dev)
            else:
                self.work_in = work.link
                return self.kernel.send(work)
        return self.kernel.wait()


class DeviceTask(Task):
    name = "device"

    def __init__(self, kernel, ident, priority):
        super().__init__(kernel, ident, priority, None)
        self.holding = None

    def step(self, pkt):
        if pkt is None:
            if self.holding is None:
                return self.kernel.wait()
            out, self.holding = self.holding, None
            return self.kernel.send(out)
        self.holding = pkt
        self.kernel.output(self.ident, pkt.count)
        return self.kernel.hold()


class Kernel:
    def __init__(self):
        self.tasks = {}
        self.order = []
        self.current = None
        self.hold_count = 0
        self.queue_count = 0
        self.switches = 0
        self.trace = []

    def add(self, task):
        self.tasks[task.ident] = task
        self.order.append(task)
        self.order.sort(key=lambda t: -t.priority)
        for slot, t in enumerate(self.order):
            t.slot = slot

    def output(self, ident, value):
        self.trace.append((ident, value))

    def wait(self):
        self.current.waiting = True
        return self.current

    def hold(self):
        self.hold_count += 1
        self.current.held = True
        slot = self.current.slot + 1
        return self.order[slot] if slot < len(self.order) else None

    def release(self, ident):
        task = self.tasks[ident]
        task.held = False
        return task if task.priority > self.current.priority else self.current

    def send(self, pkt):
        target = self.tasks[pkt.owner]
        self.queue_count += 1
        pkt.link = None
        pkt.owner = self.current.ident
        return target.deliver(pkt, self.current)

    def run(self):
        task = self.order[0]
        while task is not None:
            if task.waiting_with_packet:
                pkt = task.take_packet()
            elif task.suspended:
                slot = task.slot + 1
                task = self.order[slot] if slot < len(self.order) else None
                continue
            else:
                pkt = None
            if task is not self.current:
                self.switches += 1
            self.current = task
            task.runs += 1
            task = task.step(pkt)


def build(count):
    kernel = Kernel()
    IdleTask(kernel, I_IDLE, 0, count)

    queue = Packet(None, I_WORK, K_WORK)
    queue = Packet(queue, I_WORK, K_WORK)
    worker = WorkerTask(kernel, I_WORK, 1000, queue)
    worker.waiting = True

    for ident, dev, pri in ((I_HANDLER_A, I_DEV_A, 2000), (I_HANDLER_B, I_DEV_B, 3000)):
        queue = None
        for _ in range(3):
            queue = Packet(queue, dev, K_DEVICE)
        handler = HandlerTask(kernel, ident, pri, queue)
        handler.waiting = True

    for ident, pri in ((I_DEV_A, 4000), (I_DEV_B, 5000)):
        device = DeviceTask(kernel, ident, pri)
        device.waiting = True
    return kernel


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    total_q = total_h = 0
    for r in range(rounds):
        count = 1000 + 500 * (r % 8)
        kernel = build(count)
        if r == 0:
            print("tasks:", kernel.order)
        kernel.run()
        letters = "".join(chr(64 + v) for _, v in kernel.trace[:24])
        check = 0
        for i, (ident, v) in enumerate(kernel.trace):
            check = (check * 31 + ident * 27 + v + i) % 1000003
        runs = ",".join(str(t.runs) for t in sorted(kernel.order, key=lambda t: t.ident))
        print(f"round {r:3d} count={count:5d} queued={kernel.queue_count:6d} held={kernel.hold_count:6d} "
              f"switches={kernel.switches:6d} runs=[{runs}] out={letters} check={check}")
        total_q += kernel.queue_count
        total_h += kernel.hold_count
    print("total queued", total_q, "held", total_h)


main()
