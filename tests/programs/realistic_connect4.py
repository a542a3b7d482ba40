# Board-game search: connect-four self-play where each move is chosen by a
# negamax search with alpha-beta pruning, move ordering (center first), a
# window-counting evaluation and a transposition table keyed by the board.
# Prints each move with its score and node count, and the final board.
# quick: 2
import sys

DEFAULT = 3

ROWS, COLS = 6, 7
EMPTY, P1, P2 = 0, 1, 2
WIN = 1_000_000
ORDER = sorted(range(COLS), key=lambda c: (abs(c - COLS // 2), c))


def make_windows():
    windows = []
    for r in range(ROWS):
        for c in range(COLS):
            for dr, dc in ((0, 1), (1, 0), (1, 1), (-1, 1)):
                cells = [(r + dr * k, c + dc * k) for k in range(4)]
                if all(0 <= rr < ROWS and 0 <= cc < COLS for rr, cc in cells):
                    windows.append(tuple(rr * COLS + cc for rr, cc in cells))
    return windows


WINDOWS = make_windows()
WINDOWS_AT = [[w for w in WINDOWS if i in w] for i in range(ROWS * COLS)]
WEIGHTS = {0: 0, 1: 1, 2: 8, 3: 60}


class Board:
    def __init__(self):
        self.cells = [EMPTY] * (ROWS * COLS)
        self.heights = [0] * COLS
        self.moves = []

    def legal_moves(self):
        return [c for c in ORDER if self.heights[c] < ROWS]

    def play(self, col, player):
        idx = self.heights[col] * COLS + col
        self.cells[idx] = player
        self.heights[col] += 1
        self.moves.append(col)
        return idx

    def undo(self):
        col = self.moves.pop()
        self.heights[col] -= 1
        self.cells[self.heights[col] * COLS + col] = EMPTY

    def wins_at(self, idx):
        player = self.cells[idx]
        cells = self.cells
        for w in WINDOWS_AT[idx]:
            if cells[w[0]] == player and cells[w[1]] == player and cells[w[2]] == player and cells[w[3]] == player:
                return True
        return False

    def full(self):
        return len(self.moves) == ROWS * COLS

    def key(self):
        return tuple(self.cells)

    def evaluate(self, player):
        """Score from player's point of view: open windows weighted by fill."""
        other = P1 if player == P2 else P2
        cells = self.cells
        score = 0
        for w in WINDOWS:
            mine = theirs = 0
            for i in w:
                v = cells[i]
                if v == player:
                    mine += 1
                elif v == other:
                    theirs += 1
            if theirs == 0:
                score += WEIGHTS[mine]
            elif mine == 0:
                score -= WEIGHTS[theirs]
        return score

    def __str__(self):
        glyph = {EMPTY: ".", P1: "X", P2: "O"}
        lines = []
        for r in range(ROWS - 1, -1, -1):
            lines.append(" ".join(glyph[self.cells[r * COLS + c]] for c in range(COLS)))
        lines.append(" ".join(str(c) for c in range(COLS)))
        return "\n".join(lines)


class Searcher:
    def __init__(self, depth):
        self.depth = depth
        self.nodes = 0
        self.table = {}

    def negamax(self, board, depth, alpha, beta, player):
        self.nodes += 1
        key = (board.key(), player, depth)
        hit = self.table.get(key)
        if hit is not None:
            return hit
        other = P1 if player == P2 else P2
        moves = board.legal_moves()
        if depth == 0 or not moves:
            score = board.evaluate(player)
            self.table[key] = score
            return score
        best = -WIN * 10
        original_alpha = alpha
        for col in moves:
            idx = board.play(col, player)
            if board.wins_at(idx):
                score = WIN + depth
            else:
                score = -self.negamax(board, depth - 1, -beta, -alpha, other)
            board.undo()
            if score > best:
                best = score
            if best > alpha:
                alpha = best
            if alpha >= beta:
                break
        if original_alpha < best < beta:
            self.table[key] = best
        return best

    def choose(self, board, player):
        other = P1 if player == P2 else P2
        best_col, best_score = None, -WIN * 10
        alpha, beta = -WIN * 10, WIN * 10
        for col in board.legal_moves():
            idx = board.play(col, player)
            if board.wins_at(idx):
                score = WIN + self.depth
            else:
                score = -self.negamax(board, self.depth - 1, -beta, -alpha, other)
            board.undo()
            if score > best_score:
                best_col, best_score = col, score
            alpha = max(alpha, best_score)
        return best_col, best_score


def main():
    depth = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    board = Board()
    player = P1
    opening = [3, 3, 2]
    total_nodes = 0
    for col in opening:
        board.play(col, player)
        player = P1 if player == P2 else P2
    winner = None
    turn = len(opening)
    while not board.full():
        # the two players search to different depths
        searcher = Searcher(depth if player == P1 else max(1, depth - 1))
        col, score = searcher.choose(board, player)
        idx = board.play(col, player)
        total_nodes += searcher.nodes
        print(f"move {turn:2d}: {'XO'[player - 1]} -> {col} score={score:8d} nodes={searcher.nodes:6d} "
              f"table={len(searcher.table)}")
        turn += 1
        if board.wins_at(idx):
            winner = player
            break
        player = P1 if player == P2 else P2
    print(board)
    print("result:", "draw" if winner is None else f"{'XO'[winner - 1]} wins", "after", len(board.moves), "moves")
    print("total nodes:", total_nodes)


main()
