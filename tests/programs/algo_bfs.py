# Graph algorithms on dict adjacency lists: BFS shortest paths, DFS, components, topo sort, grid BFS.
graph = {
    "A": ["B", "C"],
    "B": ["A", "D", "E"],
    "C": ["A", "F"],
    "D": ["B"],
    "E": ["B", "F"],
    "F": ["C", "E", "G"],
    "G": ["F"],
    "H": ["I"],
    "I": ["H"],
}
def bfs(start):
    dist = {start: 0}
    parent = {start: None}
    queue = [start]
    head = 0
    while head < len(queue):
        node = queue[head]
        head += 1
        for nxt in graph[node]:
            if nxt not in dist:
                dist[nxt] = dist[node] + 1
                parent[nxt] = node
                queue.append(nxt)
    return dist, parent, queue
dist, parent, order = bfs("A")
print(order)
print(dist)
def path_to(parent, target):
    path = []
    while target is not None:
        path.append(target)
        target = parent[target]
    return path[::-1]
print(path_to(parent, "G"), path_to(parent, "D"))
def dfs(node, seen, out):
    seen.add(node)
    out.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            dfs(nxt, seen, out)
    return out
print(dfs("A", set(), []))
def components():
    seen = set()
    comps = []
    for node in graph:
        if node not in seen:
            comps.append(sorted(dfs(node, seen, [])))
    return comps
print(components())
deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core", "fmt"], "core": [], "fmt": [], "tests": ["app"]}
def topo(deps):
    indeg = {k: 0 for k in deps}
    for k, vs in deps.items():
        for v in vs:
            indeg[k] += 1
    users = {k: [] for k in deps}
    for k, vs in deps.items():
        for v in vs:
            users[v].append(k)
    ready = sorted(k for k in deps if indeg[k] == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for u in users[n]:
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
                ready.sort()
    return out
print(topo(deps))
maze = [
    "S.#.......",
    ".##.####..",
    "....#..#..",
    "##.##.##.#",
    "...#...#..",
    ".#...#...E",
]
def grid_bfs(maze):
    rows, cols = len(maze), len(maze[0])
    start = end = None
    for r in range(rows):
        for c in range(cols):
            if maze[r][c] == "S":
                start = (r, c)
            elif maze[r][c] == "E":
                end = (r, c)
    dist = {start: 0}
    q = [start]
    i = 0
    while i < len(q):
        r, c = q[i]
        i += 1
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and maze[nr][nc] != "#" and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                q.append((nr, nc))
    return dist.get(end), len(dist)
print(grid_bfs(maze))
weighted = {0: {1: 4, 2: 1}, 1: {3: 1}, 2: {1: 2, 3: 5}, 3: {4: 3}, 4: {}}
def dijkstra(src):
    dist = {src: 0}
    done = set()
    while True:
        cand = [(d, n) for n, d in dist.items() if n not in done]
        if not cand:
            break
        d, n = min(cand)
        done.add(n)
        for m, w in weighted[n].items():
            if m not in dist or d + w < dist[m]:
                dist[m] = d + w
    return dict(sorted(dist.items()))
print(dijkstra(0))
